namespace FitSaaS.Bookings;

/// <summary>Local event: a booking entered <paramref name="Status"/> (raised by every transition, creation included).</summary>
/// <param name="BookingId">The booking.</param>
/// <param name="ClassSessionId">The session.</param>
/// <param name="MemberId">The member.</param>
/// <param name="PreviousStatus">The status before; null for a new booking.</param>
/// <param name="Status">The new status.</param>
/// <param name="OccurredAtUtc">When (UTC).</param>
/// <param name="ByStaff">Staff acted on the member's behalf.</param>
/// <param name="Reason">The staff's or the system's reason, if any.</param>
public sealed record BookingStatusChangedEvent(
    Guid BookingId, Guid ClassSessionId, Guid MemberId, BookingStatus? PreviousStatus, BookingStatus Status, DateTime OccurredAtUtc, bool ByStaff, string? Reason);
