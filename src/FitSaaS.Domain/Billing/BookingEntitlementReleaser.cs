using FitSaaS.Bookings;
using FitSaaS.Framework.Events;

namespace FitSaaS.Billing;

/// <summary>
/// Gives back or forfeits a booking's credit when the booking ends (a local event, in the booking's transaction):
/// <see cref="EntitlementManager.ReleaseBookingAsync"/>.
/// </summary>
public sealed class BookingEntitlementReleaser(EntitlementManager entitlements) : ILocalEventHandler<BookingStatusChangedEvent>
{
    /// <inheritdoc/>
    public Task HandleEventAsync(BookingStatusChangedEvent eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        return entitlements.ReleaseBookingAsync(eventData.BookingId, eventData.MemberId, eventData.Status, eventData.OccurredAtUtc, cancellationToken);
    }
}
