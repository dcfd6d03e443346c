namespace FitSaaS.Bookings;

/// <summary>A session the current user coaches, with who is coming.</summary>
public sealed class CoachSessionDto
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

    /// <summary>Number of seats.</summary>
    public int Capacity { get; init; }

    /// <summary>Confirmed bookings (the session's seat count, as on the timetable).</summary>
    public int ConfirmedCount { get; init; }

    /// <summary>Waitlisted bookings.</summary>
    public int WaitlistCount { get; init; }

    /// <summary>Bookings checked in (<c>CheckedIn</c>).</summary>
    public int CheckedInCount { get; init; }

    /// <summary>True when staff cancelled the session.</summary>
    public bool IsCancelled { get; init; }
}
