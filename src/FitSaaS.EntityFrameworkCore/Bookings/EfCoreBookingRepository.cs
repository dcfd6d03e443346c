using FitSaaS.Bookings;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.Exceptions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FitSaaS.EntityFrameworkCore.Bookings;

/// <inheritdoc cref="IBookingRepository"/>
public sealed class EfCoreBookingRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, Booking>(dbContextProvider), IBookingRepository
{
    private const int SqliteConstraintUnique = 2067;
    private const string PostgresUniqueViolation = "23505";

    // Compiled (EF Core, "Advanced performance topics"): asked on every booking, before the insert.
    private static readonly Func<FitSaaSDbContext, Guid, Guid, CancellationToken, Task<Booking?>> s_findActive =
        EF.CompileAsyncQuery((FitSaaSDbContext db, Guid classSessionId, Guid memberId, CancellationToken _) =>
            db.Set<Booking>().FirstOrDefault(b => b.ClassSessionId == classSessionId && b.MemberId == memberId &&
                b.Status != BookingStatus.Cancelled && b.Status != BookingStatus.LateCancelled));

    // Compiled: asked on every member's booking when a limit or the strike restriction is on (docs/benchmarks.md §15). One
    // range of the member's bookings by session start (index MemberId, SessionStartsAtUtc), every count a filtered aggregate.
    private static readonly Func<FitSaaSDbContext, Guid, DateTime, Guid, DateTime, DateTime, DateTime, DateTime, DateTime, DateTime, CancellationToken, Task<MemberBookingTally?>> s_tally =
        EF.CompileAsyncQuery((FitSaaSDbContext db, Guid memberId, DateTime earliest, Guid classSessionId, DateTime dayFrom, DateTime dayTo,
            DateTime weekFrom, DateTime weekTo, DateTime now, DateTime noShowsSince, CancellationToken _) =>
            db.Set<Booking>()
                .Where(b => b.MemberId == memberId && b.SessionStartsAtUtc >= earliest)
                .GroupBy(b => b.MemberId)
                .Select(g => new MemberBookingTally(
                    g.Count(b => b.ClassSessionId == classSessionId && b.Status != BookingStatus.Cancelled && b.Status != BookingStatus.LateCancelled) > 0,
                    g.Count(b => (b.Status == BookingStatus.Pending || b.Status == BookingStatus.Confirmed || b.Status == BookingStatus.CheckedIn || b.Status == BookingStatus.NoShow) &&
                        b.SessionStartsAtUtc >= dayFrom && b.SessionStartsAtUtc < dayTo),
                    g.Count(b => (b.Status == BookingStatus.Pending || b.Status == BookingStatus.Confirmed || b.Status == BookingStatus.CheckedIn || b.Status == BookingStatus.NoShow) &&
                        b.SessionStartsAtUtc >= weekFrom && b.SessionStartsAtUtc < weekTo),
                    g.Count(b => (b.Status == BookingStatus.Pending || b.Status == BookingStatus.Confirmed || b.Status == BookingStatus.CheckedIn || b.Status == BookingStatus.NoShow) &&
                        b.SessionStartsAtUtc >= now),
                    g.Count(b => b.Status == BookingStatus.NoShow && b.SessionStartsAtUtc >= noShowsSince)))
                .FirstOrDefault());

    /// <inheritdoc/>
    public async Task<Booking?> FindActiveAsync(Guid classSessionId, Guid memberId, CancellationToken cancellationToken = default) =>
        await s_findActive(await GetDbContextAsync(cancellationToken), classSessionId, memberId, cancellationToken);

    /// <inheritdoc/>
    public async Task<List<Booking>> GetWaitlistAsync(Guid classSessionId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken))
            .Where(b => b.ClassSessionId == classSessionId && b.Status == BookingStatus.Waitlisted)
            .OrderBy(b => b.WaitlistPosition)
            .ThenBy(b => b.BookedAtUtc)
            .ThenBy(b => b.Id)
            .ToListAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task<List<Booking>> GetActiveListAsync(Guid classSessionId, CancellationToken cancellationToken = default)
    {
        var active = await (await GetDbSetAsync(cancellationToken)).AsNoTracking()
            .Where(b => b.ClassSessionId == classSessionId && b.Status != BookingStatus.Cancelled && b.Status != BookingStatus.LateCancelled)
            .ToListAsync(cancellationToken);
        return active
            .OrderBy(b => b.Status == BookingStatus.Waitlisted ? 1 : 0)
            .ThenBy(b => b.WaitlistPosition)
            .ThenBy(b => b.PromotedAtUtc ?? b.BookedAtUtc)
            .ThenBy(b => b.Id)
            .ToList();
    }

    /// <inheritdoc/>
    public async Task InsertAndSaveAsync(Booking booking, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(booking);
        var dbContext = await GetDbContextAsync(cancellationToken);
        await dbContext.Set<Booking>().AddAsync(booking, cancellationToken);

        // No savepoint around this save (two round trips fewer per booking): a failed insert fails the unit of work.
        var savepoints = dbContext.Database.AutoSavepointsEnabled;
        dbContext.Database.AutoSavepointsEnabled = false;
        try
        {
            await dbContext.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (IsActiveBookingUniqueViolation(ex))
        {
            dbContext.Entry(booking).State = EntityState.Detached;
            throw new BusinessException(BookingsErrorCodes.AlreadyBooked, "The member already has an active booking of this session.", ex)
                .WithData("classSessionId", booking.ClassSessionId)
                .WithData("memberId", booking.MemberId);
        }
        finally
        {
            dbContext.Database.AutoSavepointsEnabled = savepoints;
        }
    }

    /// <inheritdoc/>
    public async Task<(List<Booking> Items, long TotalCount)> GetPagedListAsync(
        Guid? memberId, Guid? classSessionId, BookingStatus? status, DateTime? sessionStartsFromUtc, DateTime? sessionStartsBeforeUtc,
        string? sortField, bool descending, int skipCount, int maxResultCount,
        CancellationToken cancellationToken = default)
    {
        var query = (await GetDbSetAsync(cancellationToken)).AsNoTracking();
        if (memberId is { } member)
        {
            query = query.Where(b => b.MemberId == member);
        }

        if (classSessionId is { } session)
        {
            query = query.Where(b => b.ClassSessionId == session);
        }

        if (status is { } wanted)
        {
            query = query.Where(b => b.Status == wanted);
        }

        if (sessionStartsFromUtc is { } from)
        {
            query = query.Where(b => b.SessionStartsAtUtc >= from);
        }

        if (sessionStartsBeforeUtc is { } before)
        {
            query = query.Where(b => b.SessionStartsAtUtc < before);
        }

        var total = await query.LongCountAsync(cancellationToken);
        query = (sortField, descending) switch
        {
            ("status", false) => query.OrderBy(b => b.Status).ThenBy(b => b.WaitlistPosition).ThenBy(b => b.Id),
            ("status", true) => query.OrderByDescending(b => b.Status).ThenBy(b => b.WaitlistPosition).ThenBy(b => b.Id),
            ("bookedAtUtc", false) => query.OrderBy(b => b.BookedAtUtc).ThenBy(b => b.Id),
            ("sessionStartsAtUtc", false) => query.OrderBy(b => b.SessionStartsAtUtc).ThenBy(b => b.Id),
            ("sessionStartsAtUtc", true) => query.OrderByDescending(b => b.SessionStartsAtUtc).ThenBy(b => b.Id),
            _ => query.OrderByDescending(b => b.BookedAtUtc).ThenBy(b => b.Id),
        };
        var items = await query.Skip(skipCount).Take(maxResultCount).ToListAsync(cancellationToken);
        return (items, total);
    }

    private static bool IsActiveBookingUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        PostgresException postgres => postgres.SqlState == PostgresUniqueViolation &&
            string.Equals(postgres.ConstraintName, BookingConfiguration.ActiveBookingIndexName, StringComparison.Ordinal),
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode == SqliteConstraintUnique &&
            sqlite.Message.Contains("Bookings.ClassSessionId", StringComparison.Ordinal),
        _ => false,
    };

    /// <inheritdoc/>
    public async Task<List<Booking>> GetActiveForUpdateAsync(Guid classSessionId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken))
            .Where(b => b.ClassSessionId == classSessionId &&
                (b.Status == BookingStatus.Pending || b.Status == BookingStatus.Confirmed || b.Status == BookingStatus.Waitlisted))
            .OrderBy(b => b.BookedAtUtc).ThenBy(b => b.Id)
            .ToListAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task<List<Booking>> GetInStatusForUpdateAsync(Guid classSessionId, BookingStatus status, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken))
            .Where(b => b.ClassSessionId == classSessionId && b.Status == status)
            .OrderBy(b => b.BookedAtUtc).ThenBy(b => b.Id)
            .ToListAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task<MemberBookingTally> GetTallyAsync(Guid memberId, MemberBookingTallyQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return await s_tally(
            await GetDbContextAsync(cancellationToken), memberId, query.EarliestUtc, query.ClassSessionId, query.DayFromUtc, query.DayToUtc,
            query.WeekFromUtc, query.WeekToUtc, query.NowUtc, query.NoShowsSinceUtc, cancellationToken) ?? MemberBookingTally.Empty;
    }

    /// <inheritdoc/>
    public async Task SetSessionStartAsync(Guid classSessionId, DateTime startsAtUtc, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken))
            .Where(b => b.ClassSessionId == classSessionId)
            .ExecuteUpdateAsync(u => u.SetProperty(b => b.SessionStartsAtUtc, startsAtUtc), cancellationToken);

    /// <inheritdoc/>
    public async Task<List<DateTime>> GetNoShowSessionStartsAsync(Guid memberId, DateTime sinceUtc, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken))
            .Where(b => b.MemberId == memberId && b.SessionStartsAtUtc >= sinceUtc && b.Status == BookingStatus.NoShow)
            .OrderByDescending(b => b.SessionStartsAtUtc)
            .Select(b => b.SessionStartsAtUtc)
            .ToListAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task<List<Guid>> GetSessionIdsWithExpiredHoldsAsync(DateTime nowUtc, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken))
            .Where(b => b.Status == BookingStatus.Pending && b.HoldExpiresAtUtc <= nowUtc)
            .Select(b => b.ClassSessionId)
            .Distinct()
            .ToListAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task<List<Guid>> GetStartedSessionIdsWithConfirmedBookingsAsync(DateTime startedBeforeUtc, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken))
            .Where(b => b.Status == BookingStatus.Confirmed && b.SessionStartsAtUtc <= startedBeforeUtc)
            .Select(b => b.ClassSessionId)
            .Distinct()
            .ToListAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task<List<Guid>> GetSessionIdsWithRemindersDueAsync(DateTime nowUtc, DateTime startsUntilUtc, int maxCount, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken))
            .Where(b => b.Status == BookingStatus.Confirmed && b.SessionStartsAtUtc > nowUtc && b.SessionStartsAtUtc <= startsUntilUtc &&
                (b.ReminderSentForStartUtc == null || b.ReminderSentForStartUtc != b.SessionStartsAtUtc))
            .Select(b => new { b.ClassSessionId, b.SessionStartsAtUtc })
            .Distinct()
            .OrderBy(s => s.SessionStartsAtUtc)
            .ThenBy(s => s.ClassSessionId)
            .Take(maxCount)
            .Select(s => s.ClassSessionId)
            .ToListAsync(cancellationToken);
}
