using FitSaaS.Framework.Domain;

namespace FitSaaS.Billing;

/// <summary>The entitlements and their append-only ledger.</summary>
public interface IEntitlementRepository : IRepository<Entitlement, Guid>
{
    /// <summary>The entitlement granted by <paramref name="sourceKey"/>, or null.</summary>
    Task<Entitlement?> FindBySourceKeyAsync(string sourceKey, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads the entitlements of these source keys ahead, in one query (a batch job's look-ups): for the rest of the
    /// current transaction <see cref="FindBySourceKeyAsync"/> answers any of them without a query. For keys no one else
    /// writes meanwhile (the caller holds their owners' locks); outside a transaction it does nothing.
    /// </summary>
    Task LoadBySourceKeysAsync(IReadOnlyCollection<string> sourceKeys, CancellationToken cancellationToken = default);

    /// <summary>The member's entitlements with their balances; <paramref name="includeEnded"/> false leaves out those whose last day is before <paramref name="today"/>.</summary>
    Task<List<EntitlementBalance>> GetBalancesAsync(Guid memberId, DateOnly today, bool includeEnded, CancellationToken cancellationToken = default);

    /// <summary>The entitlements of a membership with their balances.</summary>
    Task<List<EntitlementBalance>> GetBalancesOfMembershipAsync(Guid membershipId, CancellationToken cancellationToken = default);

    /// <summary>Appends a ledger entry (saved with the unit of work; the unique key refuses a duplicate).</summary>
    Task AddEntryAsync(EntitlementLedgerEntry entry, CancellationToken cancellationToken = default);

    /// <summary>The entries a booking caused, oldest first.</summary>
    Task<List<EntitlementLedgerEntry>> GetEntriesOfBookingAsync(Guid bookingId, CancellationToken cancellationToken = default);

    /// <summary>The member's entitlement that starts on first use and has not been used yet (credits left, not past its last day on <paramref name="today"/>), or null.</summary>
    Task<Entitlement?> FindAwaitingFirstUseAsync(Guid memberId, DateOnly today, CancellationToken cancellationToken = default);

    /// <summary>Whether an entry (source key, action) exists.</summary>
    Task<bool> HasEntryAsync(string sourceKey, EntitlementAction action, CancellationToken cancellationToken = default);

    /// <summary>A page of the member's ledger, newest first (optionally of one entitlement).</summary>
    Task<(List<EntitlementLedgerEntry> Items, long TotalCount)> GetLedgerAsync(
        Guid memberId, Guid? entitlementId, int skipCount, int maxResultCount, CancellationToken cancellationToken = default);

    /// <summary>Entitlements with credits left whose last day is before <paramref name="today"/> (at most <paramref name="count"/>; expiring them removes them from the answer).</summary>
    Task<List<EntitlementBalance>> GetExpiredWithCreditsAsync(DateOnly today, int count, CancellationToken cancellationToken = default);
}
