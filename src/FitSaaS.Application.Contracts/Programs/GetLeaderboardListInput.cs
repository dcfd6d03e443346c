namespace FitSaaS.Programs;

/// <summary>
/// Leaderboards: <c>?publishedWorkoutId=</c> (one published version) or <c>?trackId=&amp;date=</c> (every workout of a
/// track's day, all versions), optionally only one division.
/// </summary>
public sealed class GetLeaderboardListInput
{
    /// <summary>A published workout version.</summary>
    public Guid? PublishedWorkoutId { get; init; }

    /// <summary>A track (with <see cref="Date"/>).</summary>
    public Guid? TrackId { get; init; }

    /// <summary>The track's local date (with <see cref="TrackId"/>).</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Only this division; null for both (Rx above scaled).</summary>
    public WorkoutDivision? Division { get; init; }
}
