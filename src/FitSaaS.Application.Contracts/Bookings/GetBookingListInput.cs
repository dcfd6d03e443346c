using FitSaaS.Framework.Application;

namespace FitSaaS.Bookings;

/// <summary>
/// Booking list query: <c>?classSessionId=&amp;memberId=&amp;status=&amp;sorting=bookedAtUtc desc&amp;skipCount=&amp;maxResultCount=</c>.
/// Members always get their own bookings; <c>memberId</c> of someone else needs <c>Bookings.Manage</c>.
/// Default order: newest first.
/// </summary>
[AllowedSorting("bookedAtUtc", "status")]
public sealed class GetBookingListInput : PagedAndSortedResultRequestDto
{
    /// <summary>Only of this session.</summary>
    public Guid? ClassSessionId { get; init; }

    /// <summary>Only this member's (staff with <c>Bookings.Manage</c>; null = everyone's for them).</summary>
    public Guid? MemberId { get; init; }

    /// <summary>Only in this status.</summary>
    public BookingStatus? Status { get; init; }
}
