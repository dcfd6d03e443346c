using FitSaaS.Framework.Domain;

namespace FitSaaS.Billing.Stripe;

/// <summary>The tenant's Stripe Customers.</summary>
public interface IStripeCustomerRepository : IRepository<StripeCustomer, Guid>
{
    /// <summary>The member's customer on <paramref name="accountId"/>, or null.</summary>
    Task<StripeCustomer?> FindByMemberAsync(Guid memberId, string accountId, CancellationToken cancellationToken = default);

    /// <summary>The customer of a Stripe id (<c>cus_…</c>), or null.</summary>
    Task<StripeCustomer?> FindByCustomerIdAsync(string customerId, CancellationToken cancellationToken = default);

    /// <summary>Every customer of the member (one per connected account the gym used).</summary>
    Task<List<StripeCustomer>> GetListOfMemberAsync(Guid memberId, CancellationToken cancellationToken = default);

    /// <summary>Inserts and saves; false (nothing saved, the entity detached) when the member already has a customer on that account (a racing request made it).</summary>
    Task<bool> TryInsertAsync(StripeCustomer customer, CancellationToken cancellationToken = default);

    /// <summary>Those of <paramref name="memberIds"/> whose customer on <paramref name="accountId"/> has a default card (what an off-session renewal charges).</summary>
    Task<HashSet<Guid>> GetMemberIdsWithDefaultCardAsync(string accountId, IReadOnlyCollection<Guid> memberIds, CancellationToken cancellationToken = default);
}
