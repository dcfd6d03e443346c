namespace FitSaaS.Programs;

/// <summary>
/// Builds the leaderboards of a published workout or a track's day from its workout results: one board per workout and
/// scoring type (the versions of one day's workout share a board unless their scoring differs), ranked by
/// <see cref="LeaderboardRanker"/>; lift results and results without a workout are left out.
/// </summary>
public static class LeaderboardBuilder
{
    /// <summary>The boards, ordered by title.</summary>
    public static IReadOnlyList<WorkoutLeaderboard> Build(IEnumerable<WorkoutResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return results
            .Where(r => r.WorkoutId is not null)
            .GroupBy(r => (WorkoutId: r.WorkoutId!.Value, r.ScoringType))
            .Select(g =>
            {
                var latest = g.OrderByDescending(r => r.WorkoutVersion).ThenByDescending(r => r.LoggedAtUtc).First();
                var places = LeaderboardRanker.Rank(g.Select(r => new LeaderboardCandidate(r.Id, r.MemberId, r.Division, r.Score, r.PerformedAtUtc)));
                return new WorkoutLeaderboard(
                    g.Key.WorkoutId, latest.Title, g.Key.ScoringType, latest.TrackId, latest.Date, places,
                    g.Where(r => r.IsPersonalRecord).Select(r => r.Id).ToHashSet());
            })
            .OrderBy(b => b.Title, StringComparer.Ordinal)
            .ThenBy(b => b.ScoringType)
            .ToList();
    }
}
