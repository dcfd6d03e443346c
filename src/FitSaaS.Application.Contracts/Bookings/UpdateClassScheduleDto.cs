namespace FitSaaS.Bookings;

/// <summary>
/// Changes a class schedule. Its future sessions that nobody changed by hand follow (time, length, location, coach,
/// capacity, class type); booked ones keep their bookings and publish <c>Bookings.ClassSessionRescheduled.v1</c> when
/// they move; occurrences the new rule drops are deleted, or kept for staff when booked.
/// </summary>
public sealed class UpdateClassScheduleDto : ClassScheduleDefinitionDto
{
    /// <summary>The stamp read with the schedule; a stale one is refused (optimistic concurrency).</summary>
    public string? ConcurrencyStamp { get; init; }
}
