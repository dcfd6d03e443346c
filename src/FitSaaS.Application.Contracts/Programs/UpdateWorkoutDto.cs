namespace FitSaaS.Programs;

/// <summary>Input of <see cref="IWorkoutAppService.UpdateAsync"/>: the new content of a tenant workout (every field is replaced; the version increments).</summary>
public sealed class UpdateWorkoutDto : WorkoutCreateOrUpdateDtoBase;
