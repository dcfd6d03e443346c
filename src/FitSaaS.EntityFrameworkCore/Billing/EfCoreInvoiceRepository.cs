using FitSaaS.Billing;
using FitSaaS.Framework.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Billing;

/// <inheritdoc cref="IInvoiceRepository"/>
public sealed class EfCoreInvoiceRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, Invoice>(dbContextProvider), IInvoiceRepository
{
    private static readonly SourceKeyReadAhead<Invoice> s_readAhead = new(i => i.SourceKey);

    /// <inheritdoc/>
    /// <remarks>One added or read in this unit of work is returned as tracked (a free plan's invoice is paid, and its
    /// membership activated, before the first save). The tracker is looked in by key, without a scan for changes (a
    /// batch job tracks hundreds of entities).</remarks>
    public override async Task<Invoice?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await GetDbContextAsync(cancellationToken)).FindTracked<Invoice, Guid>(id) ?? await base.FindAsync(id, cancellationToken);

    /// <inheritdoc/>
    protected override async ValueTask<IQueryable<Invoice>> WithDetailsAsync(CancellationToken cancellationToken = default) =>
        (await GetDbSetAsync(cancellationToken)).Include(i => i.Lines);

    /// <inheritdoc/>
    public async Task<Invoice?> FindBySourceKeyAsync(string sourceKey, CancellationToken cancellationToken = default)
    {
        var db = await GetDbContextAsync(cancellationToken);
        if (s_readAhead.TryFind(db, sourceKey, out var readAhead))
        {
            return readAhead;
        }

        // One issued earlier in this unit of work counts (a renewal and a penalty in the same transaction).
        return db.TrackedEntries<Invoice>().FirstOrDefault(e => e.State == EntityState.Added && e.Entity.SourceKey == sourceKey)?.Entity
               ?? await (await WithDetailsAsync(cancellationToken)).FirstOrDefaultAsync(i => i.SourceKey == sourceKey, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task LoadBySourceKeysAsync(IReadOnlyCollection<string> sourceKeys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sourceKeys);
        var db = await GetDbContextAsync(cancellationToken);
        if (sourceKeys.Count == 0 || db.Database.CurrentTransaction is null)
        {
            return;
        }

        var keys = sourceKeys.Distinct(StringComparer.Ordinal).ToList();
        await (await WithDetailsAsync(cancellationToken)).Where(i => keys.Contains(i.SourceKey!)).LoadAsync(cancellationToken);
        s_readAhead.Remember(db, keys);
    }

    /// <inheritdoc/>
    public async Task<(List<Invoice> Items, long TotalCount)> GetPagedListAsync(
        Guid? memberId, Guid? membershipId, InvoiceStatus? status, int skipCount, int maxResultCount, CancellationToken cancellationToken = default)
    {
        var query = (await WithDetailsAsync(cancellationToken)).AsNoTracking();
        if (memberId is { } member)
        {
            query = query.Where(i => i.MemberId == member);
        }

        if (membershipId is { } membership)
        {
            query = query.Where(i => i.MembershipId == membership);
        }

        if (status is { } s)
        {
            query = query.Where(i => i.Status == s);
        }

        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderByDescending(i => i.SequenceNumber).ThenByDescending(i => i.CreationTime).Skip(skipCount).Take(maxResultCount).ToListAsync(cancellationToken);
        return (items, total);
    }

    /// <inheritdoc/>
    public async Task<Dictionary<Guid, DateTime>> GetEarliestOverdueAsync(IReadOnlyCollection<Guid> membershipIds, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(membershipIds);
        var db = await GetDbContextAsync(cancellationToken);

        // Changes of this unit of work not saved yet count (a payment applied in the same request): tracked invoices are
        // judged by their current values, the rest by the database.
        var ids = membershipIds.Select(id => (Guid?)id).ToHashSet();
        var tracked = db.TrackedEntries<Invoice>().Where(e => ids.Contains(e.Entity.MembershipId)).Select(e => e.Entity).ToList();
        var trackedIds = tracked.Select(i => i.Id).ToList();
        var idList = ids.ToList();
        var stored = await db.Set<Invoice>()
            .Where(i => idList.Contains(i.MembershipId) && i.Status == InvoiceStatus.Open && i.DueAtUtc < now && i.AmountPaid < i.Total && !trackedIds.Contains(i.Id))
            .GroupBy(i => i.MembershipId)
            .Select(g => new { MembershipId = g.Key, DueAtUtc = g.Min(i => i.DueAtUtc) })
            .ToListAsync(cancellationToken);
        var earliest = new Dictionary<Guid, DateTime>();
        foreach (var (membershipId, due) in stored.Select(s => (s.MembershipId, s.DueAtUtc))
                     .Concat(tracked.Where(i => i.IsOverdue(now)).Select(i => (i.MembershipId, i.DueAtUtc))))
        {
            if (membershipId is { } id && due is { } at && (!earliest.TryGetValue(id, out var known) || at < known))
            {
                earliest[id] = at;
            }
        }

        return earliest;
    }

    /// <inheritdoc/>
    public async Task<List<Invoice>> GetUnpaidAsync(Guid? memberId, CancellationToken cancellationToken = default)
    {
        var query = (await WithDetailsAsync(cancellationToken)).AsNoTracking()
            .Where(i => (i.Status == InvoiceStatus.Open || i.Status == InvoiceStatus.Uncollectible) && i.AmountPaid < i.Total);
        if (memberId is { } member)
        {
            query = query.Where(i => i.MemberId == member);
        }

        return await query.OrderBy(i => i.DueAtUtc).ThenBy(i => i.SequenceNumber).ToListAsync(cancellationToken);
    }
}
