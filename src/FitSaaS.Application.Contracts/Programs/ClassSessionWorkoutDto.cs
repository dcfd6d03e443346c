namespace FitSaaS.Programs;

/// <summary>The workout a class session shows: its track's current publication for the session's local date.</summary>
public sealed class ClassSessionWorkoutDto
{
    /// <summary>The Bookings class session.</summary>
    public Guid ClassSessionId { get; init; }

    /// <summary>The track.</summary>
    public Guid TrackId { get; init; }

    /// <summary>The track's name.</summary>
    public string TrackName { get; init; } = string.Empty;

    /// <summary>The publication.</summary>
    public PublishedWorkoutDto Published { get; init; } = new();
}
