namespace FitSaaS.Programs;

/// <summary>The leaderboard of one workout (and scoring type) of a published version or a track's day.</summary>
public sealed class LeaderboardDto
{
    /// <summary>The library workout.</summary>
    public Guid WorkoutId { get; init; }

    /// <summary>The title (of the most recent version logged).</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>How it is scored.</summary>
    public ScoringType ScoringType { get; init; }

    /// <summary>The track; null when not published on one.</summary>
    public Guid? TrackId { get; init; }

    /// <summary>The track's local date; null otherwise.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The entries, best first: one per member.</summary>
    public IReadOnlyList<LeaderboardEntryDto> Entries { get; init; } = [];
}
