namespace FitSaaS.Programs;

/// <summary>
/// Leaderboards (<c>/api/programs/leaderboards</c>, <c>Leaderboards</c> permission): per published workout or per track and
/// day, one entry per member (their best result), Rx above scaled, for time capped results below every finisher (by reps),
/// ties sharing a rank.
/// </summary>
[Framework.Application.HttpApiRoute("api/programs/leaderboards")]
public interface ILeaderboardAppService : Framework.Application.IApplicationService
{
    /// <summary>
    /// The leaderboards of a track's day, given by the track and date or by one of the day's published versions: one per
    /// workout (and scoring type); results of every version of the day share a board.
    /// </summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">The published workout does not exist in the tenant.</exception>
    Task<IReadOnlyList<LeaderboardDto>> GetListAsync(GetLeaderboardListInput input);
}
