using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Programs;

/// <summary>
/// Creates, changes and deletes tenants' custom exercises: owns the rules that need the repository
/// (a name is unique within the tenant) and keeps the global library read-only.
/// </summary>
public sealed class ExerciseManager(IExerciseRepository exercises, IGuidGenerator guidGenerator, ICurrentTenant currentTenant) : IDomainService
{
    /// <summary>Creates a custom exercise of the current tenant; the caller inserts it.</summary>
    /// <exception cref="BusinessException">
    /// <see cref="ProgramsErrorCodes.GlobalExerciseReadOnly"/> when running for the host (the global library is import-only);
    /// <see cref="ProgramsErrorCodes.DuplicateExerciseName"/> when the tenant already has an exercise with this name.
    /// </exception>
    public async Task<Exercise> CreateCustomAsync(string name, ExerciseDetails details, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        var tenantId = currentTenant.Id ??
            throw new BusinessException(ProgramsErrorCodes.GlobalExerciseReadOnly, "Custom exercises belong to a tenant; the global library is maintained by the import.");
        await ThrowIfNameTakenAsync(tenantId, name, excludedId: null, cancellationToken);
        return Exercise.CreateCustom(guidGenerator.Create(), tenantId, name, details);
    }

    /// <summary>Renames a custom exercise and replaces its details.</summary>
    /// <exception cref="BusinessException">
    /// <see cref="ProgramsErrorCodes.GlobalExerciseReadOnly"/> for a global exercise;
    /// <see cref="ProgramsErrorCodes.DuplicateExerciseName"/> when another exercise of the tenant has this name.
    /// </exception>
    public async Task UpdateCustomAsync(Exercise exercise, string name, ExerciseDetails details, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(name);
        exercise.ThrowIfGlobal();
        await ThrowIfNameTakenAsync(exercise.TenantId!.Value, name, exercise.Id, cancellationToken);
        exercise.Rename(name);
        exercise.ChangeDetails(details);
    }

    /// <summary>Deletes (soft) a custom exercise.</summary>
    /// <exception cref="BusinessException"><see cref="ProgramsErrorCodes.GlobalExerciseReadOnly"/> for a global exercise.</exception>
    public async Task DeleteCustomAsync(Exercise exercise, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        exercise.ThrowIfGlobal();
        await exercises.DeleteAsync(exercise, cancellationToken: cancellationToken);
    }

    private async Task ThrowIfNameTakenAsync(Guid tenantId, string name, Guid? excludedId, CancellationToken cancellationToken)
    {
        // Advisory under concurrency: two racing creates with the same name can both pass; acceptable for
        // a tenant's own library (a unique index would need a provider-specific filter on IsDeleted).
        if (await exercises.CustomNameExistsAsync(tenantId, Exercise.NormalizeName(name), excludedId, cancellationToken))
        {
            throw new BusinessException(ProgramsErrorCodes.DuplicateExerciseName, $"An exercise named '{name.Trim()}' already exists.")
                .WithData("name", name.Trim());
        }
    }
}
