using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Identity;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Programs;

/// <inheritdoc cref="IWorkoutResultAppService"/>
/// <remarks>
/// Workout targets are resolved by <see cref="IWorkoutResultTargetResolver"/> (the programming side of the module); while
/// none is registered, only lifts can be logged.
/// </remarks>
[Authorize(ProgramsPermissions.Results.Default)]
[RequiresFeature(ProgramsFeatures.Enabled)]
public sealed class WorkoutResultAppService(
    IWorkoutResultRepository results,
    WorkoutResultManager resultManager,
    IExerciseRepository exercises,
    ResultAccess access,
    IUserLookupService users,
    ICurrentTenant currentTenant,
    IWorkoutResultTargetResolver targetResolver) : ApplicationService, IWorkoutResultAppService
{
    /// <inheritdoc/>
    public async Task<WorkoutResultDto> CreateAsync(CreateWorkoutResultDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ResultInputChecks.CheckCreate(input);
        var userId = access.CurrentUserId();
        var memberId = input.MemberId ?? userId;
        if (memberId != userId)
        {
            if (!await access.CanLogForMembersAsync())
            {
                throw new AuthorizationException($"Permission '{ProgramsPermissions.Results.LogForMembers}' is required to log a result for another member.")
                {
                    PermissionName = ProgramsPermissions.Results.LogForMembers,
                };
            }

            if (await users.FindByIdAsync(memberId) is null)
            {
                throw new BusinessException(ProgramsErrorCodes.MemberNotFound, "The member is not a user of this gym.").WithData("memberId", memberId);
            }
        }

        WorkoutResult result;
        if (input.ExerciseId is { } exerciseId)
        {
            var exercise = await exercises.FindVisibleAsync(exerciseId, currentTenant.Id) ?? throw new EntityNotFoundException(typeof(Exercise), exerciseId);
            result = await resultManager.LogLiftAsync(
                memberId, userId, exercise.Id, exercise.Name, input.RepMax ?? 0, input.Division, input.Score!.ToEntry(), input.PerformedAt, input.Notes);
        }
        else
        {
            var target = await targetResolver.ResolveAsync(new WorkoutResultTargetReference(input.PublishedWorkoutId, input.AssignmentId, input.WorkoutId), memberId);
            result = await resultManager.LogWorkoutAsync(memberId, userId, target, input.Division, input.Score!.ToEntry(), input.PerformedAt, input.Notes);
        }

        return result.ToDto();
    }

    /// <inheritdoc/>
    public async Task<WorkoutResultDto> UpdateAsync(Guid id, UpdateWorkoutResultDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ResultInputChecks.CheckScoreAndInstant(input.Score, input.PerformedAt);
        var result = await GetChangeableAsync(id);
        await resultManager.UpdateAsync(result, input.Division, input.Score!.ToEntry(), input.PerformedAt, input.Notes);
        return result.ToDto();
    }

    /// <inheritdoc/>
    public async Task DeleteAsync(Guid id)
    {
        var result = await GetChangeableAsync(id);
        await resultManager.DeleteAsync(result);
    }

    /// <inheritdoc/>
    public async Task<WorkoutResultDto> GetAsync(Guid id)
    {
        var result = await results.GetAsync(id);
        if (result.MemberId != access.CurrentUserId() && !await access.CanReadOthersAsync())
        {
            throw new EntityNotFoundException(typeof(WorkoutResult), id);
        }

        return result.ToDto();
    }

    /// <inheritdoc/>
    public async Task<PagedResultDto<WorkoutResultDto>> GetListAsync(GetWorkoutResultListInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var memberId = await access.ResolveReadableMemberAsync(input.MemberId);
        var (items, total) = await results.GetPagedByMemberAsync(
            memberId, ToUtc(input.PerformedFrom), ToUtc(input.PerformedBefore), input.SkipCount, input.MaxResultCount);
        return new PagedResultDto<WorkoutResultDto>(total, items.Select(r => r.ToDto()).ToList());
    }

    /// <summary>One's own result, or any member's with ManageAll (LogForMembers too for results that staff member logged); else not found.</summary>
    private async Task<WorkoutResult> GetChangeableAsync(Guid id)
    {
        var result = await results.GetAsync(id);
        var userId = access.CurrentUserId();
        if (result.MemberId == userId || await access.CanManageAllAsync() ||
            (result.LoggedByUserId == userId && await access.CanLogForMembersAsync()))
        {
            return result;
        }

        throw new EntityNotFoundException(typeof(WorkoutResult), id);
    }

    private static DateTime? ToUtc(DateTime? value) => value switch
    {
        null => null,
        { Kind: DateTimeKind.Local } local => local.ToUniversalTime(),
        { } other => DateTime.SpecifyKind(other, DateTimeKind.Utc),
    };
}
