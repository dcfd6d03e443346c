namespace FitSaaS.Programs;

/// <summary>A leaderboard entry: a member's best result for the workout.</summary>
public sealed class LeaderboardEntryDto
{
    /// <summary>1-based; ties share it and the next rank skips (1, 1, 3). Rx entries rank above scaled ones.</summary>
    public int Rank { get; init; }

    /// <summary>The member (a user id).</summary>
    public Guid MemberId { get; init; }

    /// <summary>The member's user name; null when unknown.</summary>
    public string? MemberName { get; init; }

    /// <summary>The result ranked.</summary>
    public Guid ResultId { get; init; }

    /// <summary>Rx or scaled.</summary>
    public WorkoutDivision Division { get; init; }

    /// <summary>The score.</summary>
    public ScoreDto Score { get; init; } = new();

    /// <summary>When it was performed (UTC).</summary>
    public DateTime PerformedAt { get; init; }

    /// <summary>It was a personal record when performed.</summary>
    public bool IsPersonalRecord { get; init; }
}
