using FitSaaS.Framework.Application;
using FitSaaS.Framework.Features;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Programs;

/// <inheritdoc cref="IPersonalRecordAppService"/>
[Authorize(ProgramsPermissions.Results.Default)]
[RequiresFeature(ProgramsFeatures.Enabled)]
public sealed class PersonalRecordAppService(IWorkoutResultRepository results, ResultAccess access) : ApplicationService, IPersonalRecordAppService
{
    /// <inheritdoc/>
    public async Task<IReadOnlyList<WorkoutResultDto>> GetListAsync(GetPersonalRecordListInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var memberId = await access.ResolveReadableMemberAsync(input.MemberId);
        return (await results.GetCurrentPersonalRecordsAsync(memberId)).Select(r => r.ToDto()).ToList();
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<WorkoutResultDto>> GetHistoryAsync(GetPersonalRecordHistoryInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ResultInputChecks.CheckHistory(input);
        var memberId = await access.ResolveReadableMemberAsync(input.MemberId);
        if (input.ExerciseId is { } exerciseId)
        {
            return await HistoryAsync(memberId, WorkoutResult.LiftKey(exerciseId, input.RepMax ?? 1, input.Division));
        }

        var workoutId = input.WorkoutId ?? Guid.Empty;
        if (input.ScoringType is { } scoringType)
        {
            return await HistoryAsync(memberId, WorkoutResult.WorkoutKey(workoutId, scoringType, input.Division));
        }

        // Without a scoring type: the key of the workout's most recent record (one key unless the scoring changed between versions).
        IReadOnlyList<WorkoutResultDto> latest = [];
        foreach (var type in Enum.GetValues<ScoringType>().Where(t => t != ScoringType.NoScore))
        {
            var history = await HistoryAsync(memberId, WorkoutResult.WorkoutKey(workoutId, type, input.Division));
            if (history.Count > 0 && (latest.Count == 0 || history[^1].PerformedAt > latest[^1].PerformedAt))
            {
                latest = history;
            }
        }

        return latest;
    }

    private async Task<IReadOnlyList<WorkoutResultDto>> HistoryAsync(Guid memberId, string key) =>
        (await results.GetPersonalRecordHistoryAsync(memberId, key)).Select(r => r.ToDto()).ToList();
}
