using FitSaaS.Framework.Domain;

namespace FitSaaS.Billing.Platform;

/// <summary>The editions' platform prices (host data: query as the host).</summary>
public interface IEditionPriceRepository : IRepository<EditionPrice, Guid>
{
    /// <summary>The price of an edition for an interval, or null.</summary>
    Task<EditionPrice?> FindAsync(Guid editionId, PlatformBillingInterval interval, CancellationToken cancellationToken = default);

    /// <summary>Any price of the edition (its Stripe Product), or null.</summary>
    Task<EditionPrice?> FindAnyOfEditionAsync(Guid editionId, CancellationToken cancellationToken = default);

    /// <summary>Every price, by edition and interval.</summary>
    Task<List<EditionPrice>> GetListAsync(CancellationToken cancellationToken = default);
}
