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
        await (await GetDbSetAsync(cancellationToken)).AddAsync(booking, cancellationToken);
        try
        {
            await (await GetDbContextAsync(cancellationToken)).SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (IsActiveBookingUniqueViolation(ex))
        {
            (await GetDbContextAsync(cancellationToken)).Entry(booking).State = EntityState.Detached;
            throw new BusinessException(BookingsErrorCodes.AlreadyBooked, "The member already has an active booking of this session.", ex)
                .WithData("classSessionId", booking.ClassSessionId)
                .WithData("memberId", booking.MemberId);
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

        var sessions = (await GetDbContextAsync(cancellationToken)).Set<ClassSession>().AsNoTracking();
        if (sessionStartsFromUtc is { } from)
        {
            query = query.Where(b => sessions.Any(s => s.Id == b.ClassSessionId && s.StartsAtUtc >= from));
        }

        if (sessionStartsBeforeUtc is { } before)
        {
            query = query.Where(b => sessions.Any(s => s.Id == b.ClassSessionId && s.StartsAtUtc < before));
        }

        var total = await query.LongCountAsync(cancellationToken);
        query = (sortField, descending) switch
        {
            ("status", false) => query.OrderBy(b => b.Status).ThenBy(b => b.WaitlistPosition).ThenBy(b => b.Id),
            ("status", true) => query.OrderByDescending(b => b.Status).ThenBy(b => b.WaitlistPosition).ThenBy(b => b.Id),
            ("bookedAtUtc", false) => query.OrderBy(b => b.BookedAtUtc).ThenBy(b => b.Id),
            ("sessionStartsAtUtc", false) => query.OrderBy(b => sessions.Where(s => s.Id == b.ClassSessionId).Select(s => s.StartsAtUtc).First()).ThenBy(b => b.Id),
            ("sessionStartsAtUtc", true) => query.OrderByDescending(b => sessions.Where(s => s.Id == b.ClassSessionId).Select(s => s.StartsAtUtc).First()).ThenBy(b => b.Id),
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
    public async Task<List<DateTime>> GetSeatSessionStartsAsync(Guid memberId, DateTime fromUtc, CancellationToken cancellationToken = default)
    {
        // Driven from the member's bookings (index MemberId, Status) with one primary-key look-up of each one's session: a
        // join lets PostgreSQL hash every future session of the tenant for each booking (docs/benchmarks.md §14).
        var dbContext = await GetDbContextAsync(cancellationToken);
        var sessions = dbContext.Set<ClassSession>();
        return await dbContext.Set<Booking>()
            .Where(b => b.MemberId == memberId &&
                (b.Status == BookingStatus.Pending || b.Status == BookingStatus.Confirmed || b.Status == BookingStatus.CheckedIn || b.Status == BookingStatus.NoShow))
            .Select(b => sessions.Where(s => s.Id == b.ClassSessionId).Select(s => s.StartsAtUtc).FirstOrDefault())
            .Where(start => start >= fromUtc)
            .ToListAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<List<DateTime>> GetNoShowSessionStartsAsync(Guid memberId, DateTime sinceUtc, CancellationToken cancellationToken = default)
    {
        var dbContext = await GetDbContextAsync(cancellationToken);
        return await dbContext.Set<Booking>()
            .Where(b => b.MemberId == memberId && b.Status == BookingStatus.NoShow)
            .Join(dbContext.Set<ClassSession>().Where(s => s.StartsAtUtc >= sinceUtc), b => b.ClassSessionId, s => s.Id, (_, s) => s.StartsAtUtc)
            .OrderByDescending(start => start)
            .ToListAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<List<Guid>> GetSessionIdsWithExpiredHoldsAsync(DateTime nowUtc, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken))
            .Where(b => b.Status == BookingStatus.Pending && b.HoldExpiresAtUtc <= nowUtc)
            .Select(b => b.ClassSessionId)
            .Distinct()
            .ToListAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task<List<Guid>> GetStartedSessionIdsWithConfirmedBookingsAsync(DateTime startedBeforeUtc, CancellationToken cancellationToken = default)
    {
        var dbContext = await GetDbContextAsync(cancellationToken);
        return await dbContext.Set<Booking>()
            .Where(b => b.Status == BookingStatus.Confirmed)
            .Join(dbContext.Set<ClassSession>().Where(s => s.StartsAtUtc <= startedBeforeUtc), b => b.ClassSessionId, s => s.Id, (_, s) => s.Id)
            .Distinct()
            .ToListAsync(cancellationToken);
    }
}
