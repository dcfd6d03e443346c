namespace FitSaaS.Bookings;

/// <summary>Who is in a session and who waits: for staff.</summary>
public sealed class ClassSessionRosterDto
{
    /// <summary>The session.</summary>
    public required ClassSessionDto ClassSession { get; init; }

    /// <summary>Confirmed bookings, by booking time.</summary>
    public required IReadOnlyList<RosterEntryDto> Confirmed { get; init; }

    /// <summary>Waitlisted bookings, by position (first = next to be promoted).</summary>
    public required IReadOnlyList<RosterEntryDto> Waitlisted { get; init; }
}
