using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Events.Distributed;

namespace FitSaaS.Bookings;

/// <summary>
/// Check-in reminders of one session (<see cref="BookingReminderJob"/>): under the session's lock
/// (<see cref="IClassSessionRepository.LockAsync"/>, the lock every booking change and the sweep take), marks each confirmed
/// booking due (<see cref="Booking.IsReminderDue"/>) reminded for the session's current start and publishes one
/// <see cref="BookingReminderDueEto"/> for it through the outbox, in the caller's transaction. A second run, in parallel or
/// later, waits for the lock and then finds the bookings marked: exactly one event per booking and session start.
/// </summary>
public sealed class BookingReminderSender(IClassSessionRepository sessions, IBookingRepository bookings, IDistributedEventBus eventBus) : IDomainService
{
    /// <summary>
    /// Reminds the session's confirmed bookings due at <paramref name="nowUtc"/> with lead time <paramref name="lead"/>
    /// (nothing for a cancelled session); returns how many. Requires a transaction.
    /// </summary>
    /// <param name="classSessionId">The session.</param>
    /// <param name="nowUtc">The current instant (UTC).</param>
    /// <param name="lead">How long before the start reminders go out; zero = none.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<int> SendDueAsync(Guid classSessionId, DateTime nowUtc, TimeSpan lead, CancellationToken cancellationToken = default)
    {
        var session = await sessions.LockAsync(classSessionId, cancellationToken);
        if (session.IsCancelled)
        {
            return 0;
        }

        var reminded = 0;
        foreach (var booking in await bookings.GetInStatusForUpdateAsync(session.Id, BookingStatus.Confirmed, cancellationToken))
        {
            if (!booking.IsReminderDue(nowUtc, lead))
            {
                continue;
            }

            booking.MarkReminded(nowUtc);
            await eventBus.PublishAsync(
                new BookingReminderDueEto
                {
                    BookingId = booking.Id,
                    ClassSessionId = session.Id,
                    MemberUserId = booking.MemberId,
                    LocationId = session.LocationId,
                    ClassTypeId = session.ClassTypeId,
                    SessionStartsAtUtc = booking.SessionStartsAtUtc,
                    SessionDurationMinutes = session.DurationMinutes,
                    OccurredAtUtc = nowUtc,
                },
                cancellationToken);
            reminded++;
        }

        return reminded;
    }
}
