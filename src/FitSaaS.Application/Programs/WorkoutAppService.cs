using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.MultiTenancy;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Programs;

/// <inheritdoc cref="IWorkoutAppService"/>
[Authorize(ProgramsPermissions.Workouts.Default)]
[RequiresFeature(ProgramsFeatures.Enabled)]
public sealed class WorkoutAppService(
    IWorkoutRepository workouts,
    WorkoutManager workoutManager,
    ICurrentTenant currentTenant) : ApplicationService, IWorkoutAppService
{
    /// <inheritdoc/>
    public async Task<WorkoutDto> GetAsync(Guid id) => (await GetVisibleAsync(id)).ToDto();

    /// <inheritdoc/>
    public async Task<PagedResultDto<WorkoutDto>> GetListAsync(GetWorkoutListInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var search = new WorkoutSearch
        {
            VisibleToTenantId = currentTenant.Id,
            Text = string.IsNullOrWhiteSpace(input.Filter) ? null : input.Filter,
            ScoringType = input.ScoringType,
            IsBenchmark = input.IsBenchmark,
            OnlyCustom = input.OnlyCustom,
        };
        var total = await workouts.GetCountAsync(search);
        var items = total == 0 ? [] : await workouts.GetListAsync(search, descending: false, input.SkipCount, input.MaxResultCount);
        return new PagedResultDto<WorkoutDto>(total, items.Select(w => w.ToDto()).ToList());
    }

    /// <inheritdoc/>
    [Authorize(ProgramsPermissions.Workouts.Create)]
    public async Task<WorkoutDto> CreateAsync(CreateWorkoutDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var workout = await workoutManager.CreateCustomAsync(input.ToContent());
        await workouts.InsertAsync(workout);
        return workout.ToDto();
    }

    /// <inheritdoc/>
    [Authorize(ProgramsPermissions.Workouts.Update)]
    public async Task<WorkoutDto> UpdateAsync(Guid id, UpdateWorkoutDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var workout = await GetVisibleAsync(id);
        await workoutManager.UpdateCustomAsync(workout, input.ToContent());
        await workouts.UpdateAsync(workout);
        return workout.ToDto();
    }

    /// <inheritdoc/>
    [Authorize(ProgramsPermissions.Workouts.Delete)]
    public async Task DeleteAsync(Guid id) => await workoutManager.DeleteCustomAsync(await GetVisibleAsync(id));

    /// <inheritdoc/>
    [Authorize(ProgramsPermissions.Workouts.Create)]
    public async Task<WorkoutDto> CopyAsync(Guid id, CopyWorkoutDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var copy = workoutManager.Copy(await GetVisibleAsync(id), input.Title);
        await workouts.InsertAsync(copy);
        return copy.ToDto();
    }

    private async Task<Workout> GetVisibleAsync(Guid id) =>
        await workouts.FindVisibleAsync(id, currentTenant.Id) ?? throw new EntityNotFoundException(typeof(Workout), id);
}
