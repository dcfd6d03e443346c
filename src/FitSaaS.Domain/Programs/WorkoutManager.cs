using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Programs;

/// <summary>
/// Creates, edits, copies and deletes tenants' workouts: checks that every movement's exercise is visible to the tenant (global or
/// its own) and fills in the exercise names, and keeps the global library read-only.
/// </summary>
public sealed class WorkoutManager(
    IWorkoutRepository workouts,
    IExerciseRepository exercises,
    IGuidGenerator guidGenerator,
    ICurrentTenant currentTenant) : IDomainService
{
    /// <summary>Creates a workout of the current tenant; the caller inserts it.</summary>
    /// <exception cref="BusinessException">
    /// <see cref="ProgramsErrorCodes.GlobalWorkoutReadOnly"/> for the host; <see cref="ProgramsErrorCodes.UnknownExercise"/>;
    /// <see cref="ProgramsErrorCodes.InvalidTimeCap"/>.
    /// </exception>
    public async Task<Workout> CreateCustomAsync(WorkoutContent content, CancellationToken cancellationToken = default)
    {
        var tenantId = RequireTenant();
        var resolved = await ResolveExercisesAsync(content, tenantId, cancellationToken);
        return Workout.CreateCustom(guidGenerator.Create(), tenantId, resolved);
    }

    /// <summary>Replaces a tenant workout's content (its version increments).</summary>
    /// <exception cref="BusinessException">
    /// <see cref="ProgramsErrorCodes.GlobalWorkoutReadOnly"/> for a global workout; <see cref="ProgramsErrorCodes.UnknownExercise"/>;
    /// <see cref="ProgramsErrorCodes.InvalidTimeCap"/>.
    /// </exception>
    public async Task UpdateCustomAsync(Workout workout, WorkoutContent content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workout);
        workout.ThrowIfGlobal();
        var resolved = await ResolveExercisesAsync(content, workout.TenantId!.Value, cancellationToken);
        workout.Edit(resolved);
    }

    /// <summary>
    /// Copies a visible workout (typically a global benchmark) as a new workout of the current tenant, version 1; a copy of a
    /// benchmark keeps the link to it (<see cref="Workout.BenchmarkWorkoutId"/>). The caller inserts it.
    /// </summary>
    /// <exception cref="BusinessException"><see cref="ProgramsErrorCodes.GlobalWorkoutReadOnly"/> for the host.</exception>
    public Workout Copy(Workout source, string? title)
    {
        ArgumentNullException.ThrowIfNull(source);
        var tenantId = RequireTenant();
        var content = source.GetContent();
        if (!string.IsNullOrWhiteSpace(title))
        {
            content = content with { Title = title };
        }

        var benchmarkId = source.IsBenchmark ? source.PersonalRecordWorkoutId : source.BenchmarkWorkoutId;
        return Workout.CreateCustom(guidGenerator.Create(), tenantId, content, benchmarkId);
    }

    /// <summary>Deletes (soft) a tenant workout; publications and assignments keep their snapshots.</summary>
    /// <exception cref="BusinessException"><see cref="ProgramsErrorCodes.GlobalWorkoutReadOnly"/> for a global workout.</exception>
    public async Task DeleteCustomAsync(Workout workout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workout);
        workout.ThrowIfGlobal();
        await workouts.DeleteAsync(workout, cancellationToken: cancellationToken);
    }

    private Guid RequireTenant() => currentTenant.Id ??
        throw new BusinessException(ProgramsErrorCodes.GlobalWorkoutReadOnly, "Workouts belong to a tenant; the global library is maintained by the seed.");

    private async Task<WorkoutContent> ResolveExercisesAsync(WorkoutContent content, Guid tenantId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(content.Sections);
        var names = new Dictionary<Guid, string>();
        foreach (var id in content.Sections.Where(s => s?.Movements is not null).SelectMany(s => s.Movements).Where(m => m is not null).Select(m => m.ExerciseId).Distinct())
        {
            var exercise = await exercises.FindVisibleAsync(id, tenantId, cancellationToken) ??
                throw new BusinessException(ProgramsErrorCodes.UnknownExercise, "A movement references an exercise that is not in the library.").WithData("exerciseId", id);
            names[id] = exercise.Name;
        }

        return content with
        {
            Sections = content.Sections
                .Select(s => s is null ? s! : s with { Movements = s.Movements?.Select(m => m is null ? m! : m with { ExerciseName = names[m.ExerciseId] }).ToArray()! })
                .ToArray(),
        };
    }
}
