using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Identity;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Programs;

/// <inheritdoc cref="ILeaderboardAppService"/>
[Authorize(ProgramsPermissions.Leaderboards.Default)]
[RequiresFeature(ProgramsFeatures.Enabled)]
public sealed class LeaderboardAppService(IWorkoutResultRepository results, IPublishedWorkoutRepository publications, IUserLookupService users)
    : ApplicationService, ILeaderboardAppService
{
    /// <inheritdoc/>
    public async Task<IReadOnlyList<LeaderboardDto>> GetListAsync(GetLeaderboardListInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ResultInputChecks.CheckLeaderboard(input);
        var (trackId, date) = (input.TrackId ?? Guid.Empty, input.Date ?? default);
        if (input.PublishedWorkoutId is { } publishedWorkoutId)
        {
            // A published version stands for its track's day: results of every version of the day share the board.
            var published = await publications.FindAsync(publishedWorkoutId)
                ?? throw new EntityNotFoundException(typeof(PublishedWorkout), publishedWorkoutId);
            (trackId, date) = (published.TrackId, published.Date);
        }

        var rows = await results.GetForTrackDateAsync(trackId, date);
        if (input.Division is { } division)
        {
            rows = rows.Where(r => r.Division == division).ToList();
        }

        var boards = LeaderboardBuilder.Build(rows);
        var names = boards.Count == 0
            ? new Dictionary<Guid, string>()
            : await users.GetUserNamesAsync(boards.SelectMany(b => b.Places).Select(p => p.Candidate.MemberId).Distinct().ToList());
        return boards.Select(b => new LeaderboardDto
        {
            WorkoutId = b.WorkoutId,
            Title = b.Title,
            ScoringType = b.ScoringType,
            TrackId = b.TrackId,
            Date = b.Date,
            Entries = b.Places.Select(p => new LeaderboardEntryDto
            {
                Rank = p.Rank,
                MemberId = p.Candidate.MemberId,
                MemberName = names.TryGetValue(p.Candidate.MemberId, out var name) ? name : null,
                ResultId = p.Candidate.ResultId,
                Division = p.Candidate.Division,
                Score = p.Candidate.Score.ToDto(),
                PerformedAt = p.Candidate.PerformedAt,
                IsPersonalRecord = b.PersonalRecords.Contains(p.Candidate.ResultId),
            }).ToList(),
        }).ToList();
    }
}
