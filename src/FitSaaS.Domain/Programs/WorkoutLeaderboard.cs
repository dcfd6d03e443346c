namespace FitSaaS.Programs;

/// <summary>One ranked leaderboard: the results of one workout and scoring type.</summary>
/// <param name="WorkoutId">The library workout.</param>
/// <param name="Title">The title of the most recently logged version.</param>
/// <param name="ScoringType">How it is scored.</param>
/// <param name="TrackId">The track; null when not published.</param>
/// <param name="Date">The track's local date; null otherwise.</param>
/// <param name="Places">The ranked entries, best first.</param>
/// <param name="PersonalRecords">The ranked results that were personal records when performed.</param>
public sealed record WorkoutLeaderboard(
    Guid WorkoutId,
    string Title,
    ScoringType ScoringType,
    Guid? TrackId,
    DateOnly? Date,
    IReadOnlyList<LeaderboardPlace> Places,
    IReadOnlySet<Guid> PersonalRecords);
