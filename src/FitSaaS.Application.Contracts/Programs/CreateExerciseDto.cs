namespace FitSaaS.Programs;

/// <summary>Input of <see cref="IExerciseAppService.CreateAsync"/>: a new custom exercise of the current tenant.</summary>
public sealed class CreateExerciseDto : ExerciseCreateOrUpdateDtoBase;
