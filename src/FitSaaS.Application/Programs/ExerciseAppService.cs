using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.MultiTenancy;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Programs;

/// <inheritdoc cref="IExerciseAppService"/>
[Authorize(ProgramsPermissions.Exercises.Default)]
[RequiresFeature(ProgramsFeatures.Enabled)]
public sealed class ExerciseAppService(
    IExerciseRepository exercises,
    ExerciseManager exerciseManager,
    ICurrentTenant currentTenant) : ApplicationService, IExerciseAppService
{
    private static readonly string[] s_sortableFields = [GetExerciseListInput.SortByName, GetExerciseListInput.SortByCategory];

    /// <inheritdoc/>
    public async Task<ExerciseDto> GetAsync(Guid id) => (await GetVisibleAsync(id)).ToDto();

    /// <inheritdoc/>
    public async Task<PagedResultDto<ExerciseDto>> GetListAsync(GetExerciseListInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var search = new ExerciseSearch
        {
            VisibleToTenantId = currentTenant.Id,
            Text = string.IsNullOrWhiteSpace(input.Filter) ? null : input.Filter,
            Muscle = input.Muscle,
            IncludeSecondaryMuscles = input.IncludeSecondaryMuscles,
            Equipment = input.Equipment,
            Category = input.Category,
            Level = input.Level,
            OnlyCustom = input.OnlyCustom,
        };
        var sortField = ExerciseSortField.Name;
        var descending = false;
        if (SortingSpec.TryParse(input.Sorting, s_sortableFields, out var sorting))
        {
            sortField = sorting.Field == GetExerciseListInput.SortByCategory ? ExerciseSortField.Category : ExerciseSortField.Name;
            descending = sorting.Descending;
        }

        var totalCount = await exercises.GetCountAsync(search);
        var items = totalCount == 0
            ? []
            : await exercises.GetListAsync(search, sortField, descending, input.SkipCount, input.MaxResultCount);
        return new PagedResultDto<ExerciseDto>(totalCount, items.Select(e => e.ToDto()).ToList());
    }

    /// <inheritdoc/>
    [Authorize(ProgramsPermissions.Exercises.Create)]
    public async Task<ExerciseDto> CreateAsync(CreateExerciseDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var exercise = await exerciseManager.CreateCustomAsync(input.Name, input.ToDetails());
        await exercises.InsertAsync(exercise);
        return exercise.ToDto();
    }

    /// <inheritdoc/>
    [Authorize(ProgramsPermissions.Exercises.Update)]
    public async Task<ExerciseDto> UpdateAsync(Guid id, UpdateExerciseDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var exercise = await GetVisibleAsync(id);
        await exerciseManager.UpdateCustomAsync(exercise, input.Name, input.ToDetails());
        return exercise.ToDto();
    }

    /// <inheritdoc/>
    [Authorize(ProgramsPermissions.Exercises.Delete)]
    public async Task DeleteAsync(Guid id)
    {
        var exercise = await GetVisibleAsync(id);
        await exerciseManager.DeleteCustomAsync(exercise);
    }

    // The tenant filter would hide the global library; the repository applies "global or own" instead, so
    // another tenant's exercise is reported exactly like a missing one.
    private async Task<Exercise> GetVisibleAsync(Guid id) =>
        await exercises.FindVisibleAsync(id, currentTenant.Id) ?? throw new EntityNotFoundException(typeof(Exercise), id);
}
