using FitSaaS.Framework.Application;

namespace FitSaaS.Bookings;

/// <summary>
/// Booking list query: <c>?classSessionId=&amp;memberId=&amp;status=&amp;sessionStartsFromUtc=&amp;sessionStartsBeforeUtc=&amp;sorting=bookedAtUtc desc&amp;skipCount=&amp;maxResultCount=</c>.
/// Members always get their own bookings; <c>memberId</c> of someone else needs <c>Bookings.Manage</c>. A member's
/// upcoming bookings: <c>sessionStartsFromUtc=now&amp;sorting=sessionStartsAtUtc</c>; history:
/// <c>sessionStartsBeforeUtc=now&amp;sorting=sessionStartsAtUtc desc</c>. Default order: newest booking first.
/// </summary>
[AllowedSorting("bookedAtUtc", "status", "sessionStartsAtUtc")]
public sealed class GetBookingListInput : PagedAndSortedResultRequestDto
{
    /// <summary>Only of this session.</summary>
    public Guid? ClassSessionId { get; init; }

    /// <summary>Only this member's (staff with <c>Bookings.Manage</c>; null = everyone's for them).</summary>
    public Guid? MemberId { get; init; }

    /// <summary>Only in this status.</summary>
    public BookingStatus? Status { get; init; }

    /// <summary>Only of sessions starting at or after this UTC instant.</summary>
    public DateTime? SessionStartsFromUtc { get; init; }

    /// <summary>Only of sessions starting before this UTC instant.</summary>
    public DateTime? SessionStartsBeforeUtc { get; init; }
}
