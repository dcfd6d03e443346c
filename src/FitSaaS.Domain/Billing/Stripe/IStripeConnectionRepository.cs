using FitSaaS.Framework.Domain;

namespace FitSaaS.Billing.Stripe;

/// <summary>The gyms' connected Stripe accounts (host data: query as the host).</summary>
public interface IStripeConnectionRepository : IRepository<StripeConnection, Guid>
{
    /// <summary>The tenant's connection, or null.</summary>
    Task<StripeConnection?> FindByTenantAsync(Guid tenantId, CancellationToken cancellationToken = default);

    /// <summary>The connection of a connected account (<c>acct_…</c>), or null.</summary>
    Task<StripeConnection?> FindByAccountAsync(string accountId, CancellationToken cancellationToken = default);

    /// <summary>Every connection, by tenant (operators' overview).</summary>
    Task<List<StripeConnection>> GetListAsync(CancellationToken cancellationToken = default);
}
