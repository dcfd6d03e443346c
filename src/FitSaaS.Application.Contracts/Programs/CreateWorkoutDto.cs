namespace FitSaaS.Programs;

/// <summary>Input of <see cref="IWorkoutAppService.CreateAsync"/>: a new workout of the current tenant.</summary>
public sealed class CreateWorkoutDto : WorkoutCreateOrUpdateDtoBase;
