namespace FitSaaS.Bookings;

/// <summary>
/// What <see cref="IBookingRepository.GetTallyAsync"/> counts of a member's bookings for one booking decision (all instants
/// UTC; ranges are half-open, <c>[from, to)</c>, of the bookings' <see cref="Booking.SessionStartsAtUtc"/>).
/// </summary>
/// <param name="ClassSessionId">The session being booked: whether the member holds an active booking of it.</param>
/// <param name="DayFromUtc">Start of the session's local day (location's zone).</param>
/// <param name="DayToUtc">End of that day.</param>
/// <param name="WeekFromUtc">Start of the session's local week (Monday 00:00 in the location's zone).</param>
/// <param name="WeekToUtc">End of that week.</param>
/// <param name="NowUtc">Now: seats in sessions starting at or after it are upcoming.</param>
/// <param name="NoShowsSinceUtc">No-shows at sessions starting at or after it count (the strike window plus the restriction).</param>
public sealed record MemberBookingTallyQuery(
    Guid ClassSessionId, DateTime DayFromUtc, DateTime DayToUtc, DateTime WeekFromUtc, DateTime WeekToUtc, DateTime NowUtc, DateTime NoShowsSinceUtc)
{
    /// <summary>The earliest session start any count looks at.</summary>
    public DateTime EarliestUtc => Min(Min(DayFromUtc, WeekFromUtc), Min(NowUtc, NoShowsSinceUtc));

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
