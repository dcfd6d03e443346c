using FitSaaS.Billing;
using FitSaaS.Framework.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Billing;

/// <inheritdoc cref="IInvoiceRepository"/>
public sealed class EfCoreInvoiceRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, Invoice>(dbContextProvider), IInvoiceRepository
{
    /// <inheritdoc/>
    /// <remarks>One added or read in this unit of work is returned as tracked (a free plan's invoice is paid, and its
    /// membership activated, before the first save).</remarks>
    public override async Task<Invoice?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await GetDbSetAsync(cancellationToken)).Local.FirstOrDefault(e => e.Id == id) ?? await base.FindAsync(id, cancellationToken);

    /// <inheritdoc/>
    protected override async ValueTask<IQueryable<Invoice>> WithDetailsAsync(CancellationToken cancellationToken = default) =>
        (await GetDbSetAsync(cancellationToken)).Include(i => i.Lines);

    /// <inheritdoc/>
    public async Task<Invoice?> FindBySourceKeyAsync(string sourceKey, CancellationToken cancellationToken = default)
    {
        var db = await GetDbContextAsync(cancellationToken);

        // One issued earlier in this unit of work counts (a renewal and a penalty in the same transaction).
        return db.ChangeTracker.Entries<Invoice>().FirstOrDefault(e => e.State == EntityState.Added && e.Entity.SourceKey == sourceKey)?.Entity
               ?? await (await WithDetailsAsync(cancellationToken)).FirstOrDefaultAsync(i => i.SourceKey == sourceKey, cancellationToken);
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
    public async Task<DateTime?> GetEarliestOverdueAsync(Guid membershipId, DateTime now, CancellationToken cancellationToken = default)
    {
        var db = await GetDbContextAsync(cancellationToken);

        // Changes of this unit of work not saved yet count (a payment applied in the same request): tracked invoices are
        // judged by their current values, the rest by the database.
        var tracked = db.ChangeTracker.Entries<Invoice>().Where(e => e.Entity.MembershipId == membershipId).Select(e => e.Entity).ToList();
        var trackedIds = tracked.Select(i => i.Id).ToList();
        var stored = await db.Set<Invoice>()
            .Where(i => i.MembershipId == membershipId && i.Status == InvoiceStatus.Open && i.DueAtUtc < now && i.AmountPaid < i.Total && !trackedIds.Contains(i.Id))
            .MinAsync(i => i.DueAtUtc, cancellationToken);
        var local = tracked.Where(i => i.IsOverdue(now)).Min(i => i.DueAtUtc);
        return stored is null ? local : local is null ? stored : (stored < local ? stored : local);
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
