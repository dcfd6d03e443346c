namespace FitSaaS.Bookings;

/// <summary>One booking of a member's calendar feed with its session's time and place.</summary>
/// <param name="BookingId">The booking (the event's stable UID).</param>
/// <param name="Status">Where the booking stands.</param>
/// <param name="StartsAtUtc">The session's start (UTC).</param>
/// <param name="EndsAtUtc">The session's end (UTC).</param>
/// <param name="ClassTypeId">The session's class type.</param>
/// <param name="LocationId">The session's location.</param>
public sealed record MemberCalendarEntry(Guid BookingId, BookingStatus Status, DateTime StartsAtUtc, DateTime EndsAtUtc, Guid ClassTypeId, Guid LocationId);
