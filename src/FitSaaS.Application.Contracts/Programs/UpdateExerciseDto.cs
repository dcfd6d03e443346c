namespace FitSaaS.Programs;

/// <summary>Input of <see cref="IExerciseAppService.UpdateAsync"/>: the new state of a custom exercise (every field is replaced).</summary>
public sealed class UpdateExerciseDto : ExerciseCreateOrUpdateDtoBase;
