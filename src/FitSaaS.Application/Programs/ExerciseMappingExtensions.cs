namespace FitSaaS.Programs;

/// <summary>Hand-written mapping between exercises and their DTOs.</summary>
public static class ExerciseMappingExtensions
{
    /// <summary>Maps an exercise to its DTO.</summary>
    public static ExerciseDto ToDto(this Exercise exercise)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        return new ExerciseDto
        {
            Id = exercise.Id,
            IsCustom = !exercise.IsGlobal,
            SourceId = exercise.SourceId,
            Name = exercise.Name,
            Category = exercise.Category,
            Level = exercise.Level,
            Force = exercise.Force,
            Mechanic = exercise.Mechanic,
            Equipment = exercise.Equipment,
            PrimaryMuscles = [.. exercise.PrimaryMuscles],
            SecondaryMuscles = [.. exercise.SecondaryMuscles],
            Instructions = [.. exercise.Instructions],
        };
    }

    /// <summary>Maps a validated create or update input to the domain's parameter object.</summary>
    public static ExerciseDetails ToDetails(this ExerciseCreateOrUpdateDtoBase input)
    {
        ArgumentNullException.ThrowIfNull(input);

        // Category and Level are [Required]: the validation interceptor has rejected nulls already.
        return new ExerciseDetails(
            input.Category!.Value,
            input.Level!.Value,
            input.Force,
            input.Mechanic,
            input.Equipment,
            input.PrimaryMuscles ?? [],
            input.SecondaryMuscles ?? [],
            input.Instructions ?? []);
    }
}
