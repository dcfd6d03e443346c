namespace FitSaaS.Programs;

/// <summary>A result as the leaderboard ranker sees it (all of one workout and scoring type).</summary>
/// <param name="ResultId">The result.</param>
/// <param name="MemberId">Whose it is.</param>
/// <param name="Division">Rx or scaled.</param>
/// <param name="Score">Its score.</param>
/// <param name="PerformedAt">When it was performed (UTC).</param>
public sealed record LeaderboardCandidate(Guid ResultId, Guid MemberId, WorkoutDivision Division, WorkoutScore Score, DateTime PerformedAt);
