using FitSaaS.Bookings;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.PersonalData;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Bookings;

/// <summary>
/// The Bookings module's part in a data subject request (<c>Bookings.Bookings</c>): the member's bookings, waitlist places and
/// attendance (check-ins, no-shows) and their booking summary. Erasure cancels the bookings of sessions that have not started
/// (as staff, so the waitlist moves up and credits are released), then deletes every booking and the summary.
/// </summary>
public sealed class BookingsPersonalDataHandler(
    IDbContextProvider<FitSaaSDbContext> dbContextProvider,
    BookingManager bookingManager,
    TimeProvider clock) : IPersonalDataHandler, ITransientDependency
{
    /// <summary>The reason recorded on the bookings cancelled by an erasure.</summary>
    public const string ErasureReason = "Erased on the member's request (GDPR Art. 17).";

    /// <inheritdoc/>
    public string Area => "Bookings.Bookings";

    /// <inheritdoc/>
    public async Task<object?> ExportAsync(Guid memberId, CancellationToken cancellationToken = default)
    {
        var dbContext = await dbContextProvider.GetDbContextAsync(typeof(Booking), cancellationToken);
        var bookings = await (
            from b in dbContext.Set<Booking>().AsNoTracking().Where(b => b.MemberId == memberId)
            join s in dbContext.Set<ClassSession>().AsNoTracking() on b.ClassSessionId equals s.Id into sessions
            from s in sessions.DefaultIfEmpty()
            join t in dbContext.Set<ClassType>().AsNoTracking() on s.ClassTypeId equals t.Id into types
            from t in types.DefaultIfEmpty()
            orderby b.SessionStartsAtUtc, b.Id
            select new
            {
                b.Id,
                b.ClassSessionId,
                ClassType = t == null ? null : t.Name,
                b.SessionStartsAtUtc,
                Status = b.Status.ToString(),
                b.WaitlistPosition,
                b.BookedAtUtc,
                b.BookedByStaff,
                b.StaffReason,
                b.CancelledAtUtc,
                b.CancelledByStaff,
                b.PromotedAtUtc,
                b.CheckedInAtUtc,
                b.NoShowAtUtc,
            }).ToListAsync(cancellationToken);
        if (bookings.Count == 0)
        {
            return null;
        }

        return new
        {
            Bookings = bookings.Where(b => b.Status != nameof(BookingStatus.Waitlisted)).ToList(),
            Waitlist = bookings.Where(b => b.Status == nameof(BookingStatus.Waitlisted)).ToList(),
            Attendance = bookings.Where(b => b.CheckedInAtUtc is not null || b.NoShowAtUtc is not null)
                .Select(b => new { BookingId = b.Id, b.SessionStartsAtUtc, b.ClassType, b.CheckedInAtUtc, b.NoShowAtUtc })
                .ToList(),
        };
    }

    /// <inheritdoc/>
    public async Task<PersonalDataErasureResult> EraseAsync(Guid memberId, CancellationToken cancellationToken = default)
    {
        var dbContext = await dbContextProvider.GetDbContextAsync(typeof(Booking), cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var upcoming = await dbContext.Set<Booking>()
            .Where(b => b.MemberId == memberId && b.SessionStartsAtUtc > now
                && (b.Status == BookingStatus.Confirmed || b.Status == BookingStatus.Pending || b.Status == BookingStatus.Waitlisted))
            .OrderBy(b => b.SessionStartsAtUtc).ThenBy(b => b.Id)
            .ToListAsync(cancellationToken);
        foreach (var booking in upcoming)
        {
            await bookingManager.CancelAsync(booking, now, new BookingRequest(ByStaff: true, Reason: ErasureReason), cancellationToken);
        }

        // The cancellations' events (the waitlist's promotion, the credits' release) run before the rows go.
        await dbContext.SaveChangesAsync(cancellationToken);
        var deleted = await dbContext.Set<Booking>().Where(b => b.MemberId == memberId).ExecuteDeleteAsync(cancellationToken);
        deleted += await dbContext.Set<MemberBookingSummary>().Where(s => s.MemberUserId == memberId).ExecuteDeleteAsync(cancellationToken);
        foreach (var entry in dbContext.ChangeTracker.Entries<Booking>().Where(e => e.Entity.MemberId == memberId).ToList())
        {
            entry.State = EntityState.Detached;
        }

        return deleted == 0 ? PersonalDataErasureResult.Nothing : new PersonalDataErasureResult(deleted, 0, 0, null);
    }
}
