using FitSaaS.Billing;
using FitSaaS.Bookings;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Identity;
using FitSaaS.Messaging;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Messaging;

/// <summary>
/// EF Core <see cref="IAnnouncementAudienceResolver"/> over the Identity, Bookings and Billing tables of the shared context
/// (tenant filter applies): every audience is intersected with the users holding the <c>member</c> role.
/// </summary>
public sealed class EfCoreAnnouncementAudienceResolver(IDbContextProvider<FitSaaSDbContext> dbContextProvider) : IAnnouncementAudienceResolver, ITransientDependency
{
    /// <inheritdoc/>
    public async Task<bool> ReferenceExistsAsync(AnnouncementAudienceKind kind, Guid? referenceId, CancellationToken cancellationToken = default)
    {
        var dbContext = await dbContextProvider.GetDbContextAsync(cancellationToken: cancellationToken);
        var id = referenceId.GetValueOrDefault();
        return kind switch
        {
            AnnouncementAudienceKind.Location => await dbContext.Set<Location>().AnyAsync(l => l.Id == id, cancellationToken),
            AnnouncementAudienceKind.ClassType => await dbContext.Set<ClassType>().AnyAsync(c => c.Id == id, cancellationToken),
            AnnouncementAudienceKind.Plan => await dbContext.Set<Plan>().AnyAsync(p => p.Id == id, cancellationToken),
            _ => true,
        };
    }

    /// <inheritdoc/>
    public async Task<List<Guid>> GetUserIdsAsync(AnnouncementAudienceKind kind, Guid? referenceId, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        var ids = await (await QueryAsync(kind, referenceId, nowUtc, cancellationToken)).Distinct().ToListAsync(cancellationToken);
        ids.Sort();
        return ids;
    }

    /// <inheritdoc/>
    public async Task<bool> AnyAsync(AnnouncementAudienceKind kind, Guid? referenceId, DateTime nowUtc, CancellationToken cancellationToken = default) =>
        await (await QueryAsync(kind, referenceId, nowUtc, cancellationToken)).AnyAsync(cancellationToken);

    private async Task<IQueryable<Guid>> QueryAsync(AnnouncementAudienceKind kind, Guid? referenceId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var dbContext = await dbContextProvider.GetDbContextAsync(cancellationToken: cancellationToken);
        var memberRole = IdentityConsts.MemberRole.ToUpperInvariant();
        var members = from userRole in dbContext.Set<AppUserRole>()
                      join role in dbContext.Set<AppRole>() on userRole.RoleId equals role.Id
                      where role.NormalizedName == memberRole
                      select userRole.UserId;
        var id = referenceId.GetValueOrDefault();
        var since = nowUtc.AddDays(-AnnouncementConsts.RecentBookingDays);
        var bookings = dbContext.Set<Booking>()
            .Where(b => b.Status != BookingStatus.Cancelled && b.Status != BookingStatus.LateCancelled && b.SessionStartsAtUtc >= since);
        var audience = kind switch
        {
            AnnouncementAudienceKind.All => members,
            AnnouncementAudienceKind.Location =>
                from b in bookings
                join s in dbContext.Set<ClassSession>() on b.ClassSessionId equals s.Id
                where s.LocationId == id
                select b.MemberId,
            AnnouncementAudienceKind.ClassType =>
                from b in bookings
                join s in dbContext.Set<ClassSession>() on b.ClassSessionId equals s.Id
                where s.ClassTypeId == id
                select b.MemberId,
            AnnouncementAudienceKind.Plan =>
                dbContext.Set<Membership>().Where(m => m.PlanId == id && m.Status == MembershipStatus.Active).Select(m => m.MemberId),
            AnnouncementAudienceKind.InDebt =>
                dbContext.Set<Membership>().Where(m => m.Status == MembershipStatus.PastDue || m.Status == MembershipStatus.Debt).Select(m => m.MemberId)
                    .Concat(dbContext.Set<Invoice>().Where(i => i.Status == InvoiceStatus.Open && i.DueAtUtc < nowUtc).Select(i => i.MemberId)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        return kind == AnnouncementAudienceKind.All ? members : audience.Where(u => members.Contains(u));
    }
}
