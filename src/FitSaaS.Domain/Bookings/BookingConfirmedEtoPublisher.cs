using FitSaaS.Framework.Events;
using FitSaaS.Framework.Events.Distributed;

namespace FitSaaS.Bookings;

/// <summary>
/// Turns the local <see cref="BookingConfirmedEvent"/> and <see cref="BookingPromotedEvent"/> into the distributed
/// <see cref="BookingConfirmedEto"/>, before commit: the outbox row is part of the booking's transaction.
/// </summary>
public sealed class BookingConfirmedEtoPublisher(IClassSessionRepository sessions, IDistributedEventBus eventBus)
    : ILocalEventHandler<BookingConfirmedEvent>, ILocalEventHandler<BookingPromotedEvent>
{
    /// <inheritdoc/>
    public Task HandleEventAsync(BookingConfirmedEvent eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        return PublishAsync(eventData.BookingId, eventData.ClassSessionId, eventData.MemberId, wasPromoted: false, cancellationToken);
    }

    /// <inheritdoc/>
    public Task HandleEventAsync(BookingPromotedEvent eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        return PublishAsync(eventData.BookingId, eventData.ClassSessionId, eventData.MemberId, wasPromoted: true, cancellationToken);
    }

    private async Task PublishAsync(Guid bookingId, Guid sessionId, Guid memberId, bool wasPromoted, CancellationToken cancellationToken)
    {
        // The session is tracked already (the booking locked it), so this is no extra round trip.
        var session = await sessions.GetAsync(sessionId, cancellationToken);
        await eventBus.PublishAsync(
            new BookingConfirmedEto
            {
                BookingId = bookingId,
                ClassSessionId = sessionId,
                MemberUserId = memberId,
                SessionStartsAtUtc = session.StartsAtUtc,
                SessionDurationMinutes = session.DurationMinutes,
                LocationId = session.LocationId,
                ClassTypeId = session.ClassTypeId,
                WasPromoted = wasPromoted,
            },
            cancellationToken);
    }
}
