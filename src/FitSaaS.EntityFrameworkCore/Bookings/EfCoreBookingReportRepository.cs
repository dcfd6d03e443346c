using FitSaaS.Bookings;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Bookings;

/// <inheritdoc cref="IBookingReportRepository"/>
/// <remarks>
/// Every query is a translated aggregate (no rows of bookings come to memory): grouping by class type, location or coach
/// happens in the database in two statements (sessions, then bookings joined to them); the per-session variant groups the
/// bookings by session. The tenant and soft-delete filters apply to both tables. Translated alike by SQLite and PostgreSQL.
/// </remarks>
public sealed class EfCoreBookingReportRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider) : IBookingReportRepository, ITransientDependency
{
    /// <inheritdoc/>
    public async Task<List<AttendanceGroup>> GetGroupedAttendanceAsync(
        ClassSessionListFilter filter, AttendanceReportGroupBy groupBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var db = await dbContextProvider.GetDbContextAsync(typeof(Booking), cancellationToken);
        var sessions = Sessions(db, filter);
        IQueryable<KeyedSession> keyed = groupBy switch
        {
            AttendanceReportGroupBy.ClassType => sessions.Select(s => new KeyedSession { Id = s.Id, Key = s.ClassTypeId, Capacity = s.Capacity }),
            AttendanceReportGroupBy.Location => sessions.Select(s => new KeyedSession { Id = s.Id, Key = s.LocationId, Capacity = s.Capacity }),
            AttendanceReportGroupBy.Coach => sessions.Select(s => new KeyedSession { Id = s.Id, Key = s.CoachId, Capacity = s.Capacity }),
            _ => throw new ArgumentOutOfRangeException(nameof(groupBy), groupBy, "Hour-of-week grouping needs each location's time zone: use GetSessionAttendanceAsync."),
        };

        var sessionGroups = await keyed
            .GroupBy(s => s.Key)
            .Select(g => new { g.Key, Count = g.Count(), Capacity = g.Sum(s => s.Capacity) })
            .ToListAsync(cancellationToken);
        var bookingGroups = await (
                from b in db.Set<Booking>().AsNoTracking()
                join s in keyed on b.ClassSessionId equals s.Id
                select new { s.Key, b.Status })
            .GroupBy(x => x.Key)
            .Select(g => new
            {
                g.Key,
                Booked = g.Count(x => x.Status == BookingStatus.Pending || x.Status == BookingStatus.Confirmed ||
                    x.Status == BookingStatus.CheckedIn || x.Status == BookingStatus.NoShow),
                Attended = g.Count(x => x.Status == BookingStatus.CheckedIn),
                NoShows = g.Count(x => x.Status == BookingStatus.NoShow),
                LateCancels = g.Count(x => x.Status == BookingStatus.LateCancelled),
            })
            .ToListAsync(cancellationToken);

        var counts = bookingGroups.ToDictionary(g => g.Key ?? Guid.Empty);
        return sessionGroups
            .Select(s => counts.TryGetValue(s.Key ?? Guid.Empty, out var c)
                ? new AttendanceGroup(s.Key, s.Count, s.Capacity, c.Booked, c.Attended, c.NoShows, c.LateCancels)
                : new AttendanceGroup(s.Key, s.Count, s.Capacity, 0, 0, 0, 0))
            .ToList();
    }

    /// <inheritdoc/>
    public async Task<List<SessionAttendance>> GetSessionAttendanceAsync(ClassSessionListFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var db = await dbContextProvider.GetDbContextAsync(typeof(Booking), cancellationToken);
        var sessions = Sessions(db, filter);
        var rows = await sessions
            .OrderBy(s => s.StartsAtUtc).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.LocationId, s.StartsAtUtc, s.Capacity })
            .ToListAsync(cancellationToken);
        var bookingGroups = await (
                from b in db.Set<Booking>().AsNoTracking()
                join s in sessions on b.ClassSessionId equals s.Id
                select new { b.ClassSessionId, b.Status })
            .GroupBy(x => x.ClassSessionId)
            .Select(g => new
            {
                g.Key,
                Booked = g.Count(x => x.Status == BookingStatus.Pending || x.Status == BookingStatus.Confirmed ||
                    x.Status == BookingStatus.CheckedIn || x.Status == BookingStatus.NoShow),
                Attended = g.Count(x => x.Status == BookingStatus.CheckedIn),
                NoShows = g.Count(x => x.Status == BookingStatus.NoShow),
                LateCancels = g.Count(x => x.Status == BookingStatus.LateCancelled),
            })
            .ToDictionaryAsync(g => g.Key, cancellationToken);

        return rows
            .Select(s => bookingGroups.TryGetValue(s.Id, out var c)
                ? new SessionAttendance(s.Id, s.LocationId, s.StartsAtUtc, s.Capacity, c.Booked, c.Attended, c.NoShows, c.LateCancels)
                : new SessionAttendance(s.Id, s.LocationId, s.StartsAtUtc, s.Capacity, 0, 0, 0, 0))
            .ToList();
    }

    /// <inheritdoc/>
    public async Task<Dictionary<Guid, int>> GetCheckedInCountsAsync(IReadOnlyCollection<Guid> classSessionIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(classSessionIds);
        if (classSessionIds.Count == 0)
        {
            return [];
        }

        var db = await dbContextProvider.GetDbContextAsync(typeof(Booking), cancellationToken);
        var ids = classSessionIds.Distinct().ToList();
        return await db.Set<Booking>().AsNoTracking()
            .Where(b => ids.Contains(b.ClassSessionId) && b.Status == BookingStatus.CheckedIn)
            .GroupBy(b => b.ClassSessionId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<List<MemberCalendarEntry>> GetMemberCalendarAsync(
        Guid memberId, DateTime fromUtc, IReadOnlyCollection<BookingStatus> statuses, int maxCount, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        var db = await dbContextProvider.GetDbContextAsync(typeof(Booking), cancellationToken);
        var since = fromUtc.Kind == DateTimeKind.Utc ? fromUtc : DateTime.SpecifyKind(fromUtc.ToUniversalTime(), DateTimeKind.Utc);
        var wanted = statuses.Distinct().ToList();
        var rows = await (
                from b in db.Set<Booking>().AsNoTracking()
                join s in db.Set<ClassSession>().AsNoTracking() on b.ClassSessionId equals s.Id
                where b.MemberId == memberId && s.StartsAtUtc >= since && wanted.Contains(b.Status)
                orderby s.StartsAtUtc, b.Id
                select new { b.Id, b.Status, s.StartsAtUtc, s.DurationMinutes, s.ClassTypeId, s.LocationId })
            .Take(maxCount)
            .ToListAsync(cancellationToken);
        return rows
            .Select(r => new MemberCalendarEntry(r.Id, r.Status, r.StartsAtUtc, r.StartsAtUtc.AddMinutes(r.DurationMinutes), r.ClassTypeId, r.LocationId))
            .ToList();
    }

    private static IQueryable<ClassSession> Sessions(FitSaaSDbContext db, ClassSessionListFilter filter)
    {
        var query = db.Set<ClassSession>().AsNoTracking().Where(s => !s.IsCancelled);
        if (filter.FromUtc is { } from)
        {
            query = query.Where(s => s.StartsAtUtc >= from);
        }

        if (filter.ToUtc is { } to)
        {
            query = query.Where(s => s.StartsAtUtc < to);
        }

        if (filter.LocationId is { } locationId)
        {
            query = query.Where(s => s.LocationId == locationId);
        }

        if (filter.ClassTypeId is { } classTypeId)
        {
            query = query.Where(s => s.ClassTypeId == classTypeId);
        }

        if (filter.CoachId is { } coachId)
        {
            query = query.Where(s => s.CoachId == coachId);
        }

        return query;
    }

    private sealed class KeyedSession
    {
        public Guid Id { get; init; }

        public Guid? Key { get; init; }

        public int Capacity { get; init; }
    }
}
