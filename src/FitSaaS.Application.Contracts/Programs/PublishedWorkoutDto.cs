namespace FitSaaS.Programs;

/// <summary>One published version of a track's date.</summary>
public sealed class PublishedWorkoutDto
{
    /// <summary>The published version's id (results reference it).</summary>
    public Guid Id { get; init; }

    /// <summary>The track.</summary>
    public Guid TrackId { get; init; }

    /// <summary>The track's local date.</summary>
    public DateOnly Date { get; init; }

    /// <summary>The date's version: 1, 2, …; the highest is the current one.</summary>
    public int PublishedVersion { get; init; }

    /// <summary>From when members see it (UTC).</summary>
    public DateTime VisibleFromUtc { get; init; }

    /// <summary>The coach's notes; null when none.</summary>
    public string? Notes { get; init; }

    /// <summary>True once the date was unpublished.</summary>
    public bool IsUnpublished { get; init; }

    /// <summary>The workout as published.</summary>
    public WorkoutSnapshotDto Workout { get; init; } = new();
}
