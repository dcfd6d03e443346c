using FitSaaS.Billing;
using FitSaaS.Framework.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Billing;

/// <inheritdoc cref="IMembershipRepository"/>
public sealed class EfCoreMembershipRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, Membership>(dbContextProvider), IMembershipRepository
{
    // Compiled (EF Core, "Advanced performance topics"): Billing's booking guard asks it on every booking of a covered class.
    private static readonly Func<FitSaaSDbContext, Guid, DateOnly, IAsyncEnumerable<LiveMembership>> s_liveOfMember =
        EF.CompileAsyncQuery((FitSaaSDbContext db, Guid memberId, DateOnly sessionDate) =>
            db.Set<Membership>().AsNoTracking().Include(m => m.Freezes)
                .Where(m => m.MemberId == memberId
                    && (m.Status == MembershipStatus.Active || m.Status == MembershipStatus.PastDue || m.Status == MembershipStatus.Debt || m.Status == MembershipStatus.Frozen))
                .Select(m => new LiveMembership(
                    m,
                    db.Set<Entitlement>()
                        .Where(e => e.MembershipId == m.Id && e.ValidFrom <= sessionDate && (e.ValidUntil == null || e.ValidUntil >= sessionDate))
                        .Select(e => new EntitlementCredit(e, db.Set<EntitlementLedgerEntry>().Where(l => l.EntitlementId == e.Id).Sum(l => l.Quantity)))
                        .ToList())));

    /// <inheritdoc/>
    /// <remarks>One added or read in this unit of work is returned as tracked (a free plan's invoice is paid, and its
    /// membership activated, before the first save). The tracker is looked in by key, without a scan for changes (a
    /// batch job tracks hundreds of entities).</remarks>
    public override async Task<Membership?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await GetDbContextAsync(cancellationToken)).FindTracked<Membership, Guid>(id) ?? await base.FindAsync(id, cancellationToken);

    /// <inheritdoc/>
    protected override async ValueTask<IQueryable<Membership>> WithDetailsAsync(CancellationToken cancellationToken = default) =>
        (await GetDbSetAsync(cancellationToken)).Include(m => m.Freezes);

    /// <inheritdoc/>
    public async Task<bool> AnyOfPlanAsync(Guid planId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AnyAsync(m => m.PlanId == planId, cancellationToken);

    /// <inheritdoc/>
    public async Task<bool> AnyOfMemberAndPlanAsync(Guid memberId, Guid planId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AnyAsync(m => m.MemberId == memberId && m.PlanId == planId, cancellationToken);

    /// <inheritdoc/>
    public async Task<List<Membership>> GetListByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default) =>
        await (await WithDetailsAsync(cancellationToken)).Where(m => ids.Contains(m.Id)).ToListAsync(cancellationToken);

    /// <inheritdoc/>
    /// <remarks>One query (the booking guard's only read, compiled): the memberships joined with their freezes and their
    /// valid entitlements, each entitlement's ledger summed over the ledger's covering EntitlementId index.</remarks>
    public async Task<List<LiveMembership>> GetLiveOfMemberAsync(Guid memberId, DateOnly sessionDate, CancellationToken cancellationToken = default)
    {
        var db = await GetDbContextAsync(cancellationToken);
        var live = new List<LiveMembership>();
        await foreach (var membership in s_liveOfMember(db, memberId, sessionDate).WithCancellation(cancellationToken))
        {
            live.Add(membership);
        }

        return live;
    }

    /// <inheritdoc/>
    public async Task<(List<Membership> Items, long TotalCount)> GetPagedListAsync(
        Guid? memberId, Guid? planId, MembershipStatus? status, int skipCount, int maxResultCount, CancellationToken cancellationToken = default)
    {
        var query = (await WithDetailsAsync(cancellationToken)).AsNoTracking();
        if (memberId is { } member)
        {
            query = query.Where(m => m.MemberId == member);
        }

        if (planId is { } plan)
        {
            query = query.Where(m => m.PlanId == plan);
        }

        if (status is { } s)
        {
            query = query.Where(m => m.Status == s);
        }

        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderByDescending(m => m.CreationTime).ThenBy(m => m.Id).Skip(skipCount).Take(maxResultCount).ToListAsync(cancellationToken);
        return (items, total);
    }

    /// <inheritdoc/>
    public async Task<List<Guid>> GetIdsToProcessAsync(DateOnly today, DateTime now, CancellationToken cancellationToken = default)
    {
        var db = await GetDbContextAsync(cancellationToken);
        var query = db.Set<Membership>().AsNoTracking()
            .Where(m => m.Status == MembershipStatus.Active || m.Status == MembershipStatus.PastDue || m.Status == MembershipStatus.Debt || m.Status == MembershipStatus.Frozen)
            .Where(m => m.Kind != PlanKind.Membership
                        || m.CurrentPeriodEnd <= today
                        || m.CancelEffectiveDate <= today
                        || m.Status != MembershipStatus.Active
                        || m.Freezes.Any(f => f.EndDate >= today.AddDays(-2))
                        || db.Set<Invoice>().Any(i => i.MembershipId == m.Id && i.Status == InvoiceStatus.Open && i.DueAtUtc < now));
        return await query.OrderBy(m => m.Id).Select(m => m.Id).ToListAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<List<Guid>> GetIdsToRemindOfRenewalAsync(DateOnly after, DateOnly until, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AsNoTracking()
            .Where(m => m.Kind == PlanKind.Membership
                && (m.Status == MembershipStatus.Active || m.Status == MembershipStatus.PastDue || m.Status == MembershipStatus.Debt || m.Status == MembershipStatus.Frozen)
                && m.CurrentPeriodEnd > after && m.CurrentPeriodEnd <= until
                && (m.RenewalRemindedForPeriodEnd == null || m.RenewalRemindedForPeriodEnd != m.CurrentPeriodEnd))
            .OrderBy(m => m.Id).Select(m => m.Id)
            .ToListAsync(cancellationToken);
}
