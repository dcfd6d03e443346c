using FitSaaS.Framework.Events;
using FitSaaS.Framework.Events.Distributed;

namespace FitSaaS.Bookings;

/// <summary>
/// Turns every local <see cref="BookingStatusChangedEvent"/> into one distributed event before commit (the outbox row is part
/// of the booking's transaction): <see cref="BookingConfirmedEto"/> for a booking that became confirmed (booked, promoted
/// or a confirmed hold), <see cref="BookingStatusChangedEto"/> for every other transition.
/// </summary>
public sealed class BookingEtoPublisher(IClassSessionRepository sessions, IDistributedEventBus eventBus) : ILocalEventHandler<BookingStatusChangedEvent>
{
    /// <inheritdoc/>
    public async Task HandleEventAsync(BookingStatusChangedEvent eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);

        // The session is tracked already (every transition locks it), so this is no extra round trip.
        var session = await sessions.GetAsync(eventData.ClassSessionId, cancellationToken);
        if (eventData.Status == BookingStatus.Confirmed)
        {
            await eventBus.PublishAsync(
                new BookingConfirmedEto
                {
                    BookingId = eventData.BookingId,
                    ClassSessionId = eventData.ClassSessionId,
                    MemberUserId = eventData.MemberId,
                    SessionStartsAtUtc = session.StartsAtUtc,
                    SessionDurationMinutes = session.DurationMinutes,
                    LocationId = session.LocationId,
                    ClassTypeId = session.ClassTypeId,
                    WasPromoted = eventData.PreviousStatus == BookingStatus.Waitlisted,
                    PreviousStatus = eventData.PreviousStatus,
                    OccurredAtUtc = eventData.OccurredAtUtc,
                    ByStaff = eventData.ByStaff,
                    Reason = eventData.Reason,
                },
                cancellationToken);
            return;
        }

        await eventBus.PublishAsync(
            new BookingStatusChangedEto
            {
                BookingId = eventData.BookingId,
                ClassSessionId = eventData.ClassSessionId,
                MemberUserId = eventData.MemberId,
                PreviousStatus = eventData.PreviousStatus,
                Status = eventData.Status,
                OccurredAtUtc = eventData.OccurredAtUtc,
                SessionStartsAtUtc = session.StartsAtUtc,
                ClassTypeId = session.ClassTypeId,
                LocationId = session.LocationId,
                ByStaff = eventData.ByStaff,
                Reason = eventData.Reason,
            },
            cancellationToken);
    }
}
