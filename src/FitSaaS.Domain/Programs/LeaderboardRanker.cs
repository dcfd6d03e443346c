namespace FitSaaS.Programs;

/// <summary>
/// Ranks the results of one workout (DOMAIN.md §2.18): one entry per member, their best result; every Rx entry above every
/// scaled one; for time, finishers by time, then capped results by reps done (descending); other scoring types by value,
/// higher first. Equal division and score tie and share a rank (1, 1, 3); tied entries are listed by performed-at, then
/// result id.
/// </summary>
public static class LeaderboardRanker
{
    /// <summary>The ranked entries, best first.</summary>
    public static IReadOnlyList<LeaderboardPlace> Rank(IEnumerable<LeaderboardCandidate> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var best = results
            .GroupBy(r => r.MemberId)
            .Select(g => g.OrderBy(r => r, Comparer<LeaderboardCandidate>.Create(CompareWithTieBreak)).First())
            .OrderBy(r => r, Comparer<LeaderboardCandidate>.Create(CompareWithTieBreak))
            .ToList();
        var places = new List<LeaderboardPlace>(best.Count);
        for (var i = 0; i < best.Count; i++)
        {
            var rank = i > 0 && Compare(best[i - 1], best[i]) == 0 ? places[i - 1].Rank : i + 1;
            places.Add(new LeaderboardPlace(rank, best[i]));
        }

        return places;
    }

    /// <summary>Negative when <paramref name="a"/> ranks above <paramref name="b"/>; zero for a tie (same division and score).</summary>
    public static int Compare(LeaderboardCandidate a, LeaderboardCandidate b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var division = a.Division.CompareTo(b.Division);
        return division != 0 ? division : a.Score.CompareForRanking(b.Score);
    }

    private static int CompareWithTieBreak(LeaderboardCandidate? a, LeaderboardCandidate? b)
    {
        var compared = Compare(a!, b!);
        if (compared != 0)
        {
            return compared;
        }

        var performed = a!.PerformedAt.CompareTo(b!.PerformedAt);
        return performed != 0 ? performed : a.ResultId.CompareTo(b.ResultId);
    }
}
