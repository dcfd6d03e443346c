using FitSaaS.Framework.Events;

namespace FitSaaS.Bookings;

/// <summary>
/// Keeps <see cref="Booking.SessionStartsAtUtc"/> equal to the session's start: when a session moves
/// (<see cref="ClassSessionMovedEvent"/>), every booking of it follows in the same transaction (one UPDATE).
/// </summary>
public sealed class BookingSessionStartUpdater(IBookingRepository bookings) : ILocalEventHandler<ClassSessionMovedEvent>
{
    /// <inheritdoc/>
    public async Task HandleEventAsync(ClassSessionMovedEvent eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        await bookings.SetSessionStartAsync(eventData.ClassSessionId, eventData.StartsAtUtc, cancellationToken);
    }
}
