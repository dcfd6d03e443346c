namespace FitSaaS.Programs;

/// <summary>
/// Leaderboards (<c>/api/programs/leaderboards</c>, <c>Leaderboards</c> permission): per published workout or per track and
/// day, one entry per member (their best result), Rx above scaled, for time capped results below every finisher (by reps),
/// ties sharing a rank.
/// </summary>
[Framework.Application.HttpApiRoute("api/programs/leaderboards")]
public interface ILeaderboardAppService : Framework.Application.IApplicationService
{
    /// <summary>The leaderboards: one for a published workout; one per workout (and scoring type) of a track's day.</summary>
    Task<IReadOnlyList<LeaderboardDto>> GetListAsync(GetLeaderboardListInput input);
}
