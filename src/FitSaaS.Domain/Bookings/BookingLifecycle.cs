namespace FitSaaS.Bookings;

/// <summary>
/// The booking lifecycle, stated once: which status a booking may enter from which (<see cref="BookingStatus"/> draws it),
/// and which statuses hold a seat of the session. <see cref="Booking"/> refuses any other transition.
/// </summary>
public static class BookingLifecycle
{
    private static readonly Dictionary<BookingStatus, BookingStatus[]> s_next = new()
    {
        [BookingStatus.Pending] = [BookingStatus.Confirmed, BookingStatus.Cancelled],
        [BookingStatus.Waitlisted] = [BookingStatus.Confirmed, BookingStatus.CheckedIn, BookingStatus.Cancelled],
        [BookingStatus.Confirmed] = [BookingStatus.CheckedIn, BookingStatus.NoShow, BookingStatus.Cancelled, BookingStatus.LateCancelled],
        [BookingStatus.NoShow] = [BookingStatus.CheckedIn],
        [BookingStatus.CheckedIn] = [],
        [BookingStatus.Cancelled] = [],
        [BookingStatus.LateCancelled] = [],
    };

    /// <summary>The statuses a new booking starts in.</summary>
    public static IReadOnlyList<BookingStatus> InitialStatuses { get; } = [BookingStatus.Pending, BookingStatus.Confirmed, BookingStatus.Waitlisted];

    /// <summary>Statuses that hold a seat (count toward capacity and the member's booking limits).</summary>
    public static IReadOnlyList<BookingStatus> SeatStatuses { get; } =
        [BookingStatus.Pending, BookingStatus.Confirmed, BookingStatus.CheckedIn, BookingStatus.NoShow];

    /// <summary>Statuses that end the booking's claim on the session (the member may book it again).</summary>
    public static IReadOnlyList<BookingStatus> CancelledStatuses { get; } = [BookingStatus.Cancelled, BookingStatus.LateCancelled];

    /// <summary>True when a booking in <paramref name="from"/> may enter <paramref name="to"/>.</summary>
    public static bool CanChange(BookingStatus from, BookingStatus to) => s_next[from].Contains(to);

    /// <summary>True for statuses that hold a seat.</summary>
    public static bool HoldsSeat(BookingStatus status) =>
        status is BookingStatus.Pending or BookingStatus.Confirmed or BookingStatus.CheckedIn or BookingStatus.NoShow;

    /// <summary>True for <see cref="BookingStatus.Cancelled"/> and <see cref="BookingStatus.LateCancelled"/>.</summary>
    public static bool IsCancelled(BookingStatus status) => status is BookingStatus.Cancelled or BookingStatus.LateCancelled;
}
