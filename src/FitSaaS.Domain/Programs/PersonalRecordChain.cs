namespace FitSaaS.Programs;

/// <summary>
/// Computes the personal-record history of one key (member, workout or exercise and rep max, division) from all its results
/// (DOMAIN.md §2.18): in chronological order by performed-at (then logged-at, then id), a result is a personal record when it
/// is strictly better than the best before it (the first scored result is one; a tie keeps the earlier record); capped
/// for-time results and unscored ones never are. The last record is the current one. Always the whole chain, so an insert
/// (back-dated or not), an edit or a delete gives the same flags as if the results had been logged in order.
/// </summary>
public static class PersonalRecordChain
{
    /// <summary>The flags of every result of the key, by result id.</summary>
    public static IReadOnlyDictionary<Guid, PersonalRecordFlags> Compute(IEnumerable<PersonalRecordCandidate> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var ordered = results.OrderBy(r => r.PerformedAt).ThenBy(r => r.LoggedAt).ThenBy(r => r.ResultId).ToList();
        var records = new HashSet<Guid>();
        PersonalRecordCandidate? best = null;
        foreach (var result in ordered)
        {
            if (!result.Score.CanBePersonalRecord)
            {
                continue;
            }

            if (best is null || result.Score.IsBetterPersonalRecordThan(best.Score))
            {
                records.Add(result.ResultId);
                best = result;
            }
        }

        return ordered.ToDictionary(
            r => r.ResultId,
            r => new PersonalRecordFlags(records.Contains(r.ResultId), best is not null && best.ResultId == r.ResultId));
    }
}
