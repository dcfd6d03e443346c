using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Programs;

/// <inheritdoc cref="IGoalAppService"/>
[Authorize(ProgramsPermissions.Goals.Default)]
[RequiresFeature(ProgramsFeatures.Enabled)]
public sealed class GoalAppService(
    IGoalRepository goals,
    GoalManager goalManager,
    ProgramsMembers members,
    TimeProvider clock) : ApplicationService, IGoalAppService
{
    private const string Manage = ProgramsPermissions.Goals.ManageForMembers;

    /// <inheritdoc/>
    public async Task<GoalDto> CreateAsync(CreateGoalDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var memberId = await members.ResolveAsync(input.MemberId, Manage, mustExist: true);
        var now = Now();

        // Kind, DueDate and TargetValue are [Required], and Validate checked the fields of the kind: the interceptor ran before.
        var goal = input.Kind == GoalKind.BodyMetric
            ? await goalManager.CreateBodyMetricGoalAsync(
                memberId, input.MetricId!.Value, input.TargetValue!.Value, input.TargetUnit, input.Direction, input.DueDate!.Value, input.Title, now)
            : await goalManager.CreatePersonalRecordGoalAsync(
                memberId, input.WorkoutId, input.ExerciseId, input.RepMax, input.Division ?? WorkoutDivision.Rx, input.ScoringType,
                input.TargetValue!.Value, input.DueDate!.Value, input.Title, now);
        await goals.InsertAsync(goal, autoSave: true);
        return await ToDtoAsync(goal, now);
    }

    /// <inheritdoc/>
    public async Task<GoalDto> GetAsync(Guid id) => await ToDtoAsync(await GetVisibleAsync(id), Now());

    /// <inheritdoc/>
    public async Task<PagedResultDto<GoalDto>> GetListAsync(GetGoalListInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var memberId = await members.ResolveAsync(input.MemberId, Manage, mustExist: false);
        var list = await goals.GetListByMemberAsync(memberId);
        var progress = await goalManager.GetProgressAsync(list, Now());

        // A member has a bounded number of goals (GoalConsts.MaxGoalsPerMember): the status is computed, so filter and page here.
        var matching = list.Where(g => input.Status is null || progress[g.Id].Status == input.Status).ToList();
        return new PagedResultDto<GoalDto>(
            matching.Count, matching.Skip(input.SkipCount).Take(input.MaxResultCount).Select(g => g.ToDto(progress[g.Id])).ToList());
    }

    /// <inheritdoc/>
    public async Task<GoalDto> UpdateAsync(Guid id, UpdateGoalDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var goal = await GetVisibleAsync(id);
        var now = Now();
        await goalManager.ChangeAsync(goal, input.TargetValue!.Value, input.TargetUnit, input.Direction, input.DueDate!.Value, input.Title, now);
        await goals.UpdateAsync(goal, autoSave: true);
        return await ToDtoAsync(goal, now);
    }

    /// <inheritdoc/>
    public async Task<GoalDto> AbandonAsync(Guid id)
    {
        var goal = await GetVisibleAsync(id);
        var now = Now();
        goal.Abandon(now);
        await goals.UpdateAsync(goal, autoSave: true);
        return await ToDtoAsync(goal, now);
    }

    private async Task<GoalDto> ToDtoAsync(Goal goal, DateTime now) =>
        goal.ToDto((await goalManager.GetProgressAsync([goal], now))[goal.Id]);

    /// <summary>The goal if it is the caller's own or the caller manages members' goals; otherwise it does not exist for them.</summary>
    private async Task<Goal> GetVisibleAsync(Guid id)
    {
        var goal = await goals.GetAsync(id);
        if (!await members.CanSeeAsync(goal.MemberId, Manage))
        {
            throw new EntityNotFoundException(typeof(Goal), id);
        }

        return goal;
    }

    private DateTime Now()
    {
        var ticks = clock.GetUtcNow().UtcTicks;
        return new DateTime(ticks - (ticks % 10), DateTimeKind.Utc);
    }
}
