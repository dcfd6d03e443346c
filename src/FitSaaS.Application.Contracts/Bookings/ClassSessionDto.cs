namespace FitSaaS.Bookings;

/// <summary>A class session of the timetable.</summary>
public sealed class ClassSessionDto
{
    /// <summary>Session id.</summary>
    public Guid Id { get; init; }

    /// <summary>The class type.</summary>
    public Guid ClassTypeId { get; init; }

    /// <summary>The class type's name.</summary>
    public string? ClassTypeName { get; init; }

    /// <summary>The location.</summary>
    public Guid LocationId { get; init; }

    /// <summary>The location's name.</summary>
    public string? LocationName { get; init; }

    /// <summary>The location's IANA time zone, to show the start on its wall clock.</summary>
    public string? TimeZoneId { get; init; }

    /// <summary>Start instant (UTC).</summary>
    public DateTime StartsAtUtc { get; init; }

    /// <summary>End instant (UTC).</summary>
    public DateTime EndsAtUtc { get; init; }

    /// <summary>Duration in minutes.</summary>
    public int DurationMinutes { get; init; }

    /// <summary>Number of seats.</summary>
    public int Capacity { get; init; }

    /// <summary>The coach's user id, if any.</summary>
    public Guid? CoachId { get; init; }

    /// <summary>Confirmed bookings.</summary>
    public int ConfirmedCount { get; init; }

    /// <summary>Waitlisted bookings.</summary>
    public int WaitlistCount { get; init; }

    /// <summary>Seats still free.</summary>
    public int AvailableSeats { get; init; }

    /// <summary>The class schedule that generated the session; null for a one-off session.</summary>
    public Guid? ClassScheduleId { get; init; }

    /// <summary>The schedule's occurrence (local date at the location) the session is; null for a one-off session.</summary>
    public DateOnly? OccurrenceDate { get; init; }

    /// <summary>True once staff changed or deleted this generated session by hand: schedule changes no longer apply to it.</summary>
    public bool IsCustomized { get; init; }

    /// <summary>True when staff cancelled the session.</summary>
    public bool IsCancelled { get; init; }

    /// <summary>When staff cancelled it (UTC).</summary>
    public DateTime? CancelledAtUtc { get; init; }

    /// <summary>The reason staff gave.</summary>
    public string? CancellationReason { get; init; }

    /// <summary>Booking-policy values set here; null values come from the next level (see <see cref="BookingPolicyDto"/>).</summary>
    public required BookingPolicyDto Policy { get; init; }

    /// <summary>UTC instant of creation.</summary>
    public DateTime CreationTime { get; init; }

    /// <summary>Concurrency stamp; send it back on update. It changes with every booking of the session.</summary>
    public required string ConcurrencyStamp { get; init; }
}
