namespace FitSaaS.Programs;

/// <summary>A ranked leaderboard entry.</summary>
/// <param name="Rank">1-based; tied entries share it and the next rank skips (1, 1, 3).</param>
/// <param name="Candidate">The member's best result.</param>
public sealed record LeaderboardPlace(int Rank, LeaderboardCandidate Candidate);
