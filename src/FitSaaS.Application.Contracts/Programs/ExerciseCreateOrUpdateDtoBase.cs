using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Programs;

/// <summary>The fields of a custom exercise, shared by <see cref="CreateExerciseDto"/> and <see cref="UpdateExerciseDto"/>.</summary>
public abstract class ExerciseCreateOrUpdateDtoBase : IValidatableObject
{
    /// <summary>The name, unique within the tenant (case-insensitive); at most <see cref="ExerciseConsts.MaxNameLength"/> characters.</summary>
    [Required]
    [StringLength(ExerciseConsts.MaxNameLength)]
    public string Name { get; init; } = string.Empty;

    /// <summary>The kind of training.</summary>
    [Required]
    [EnumDataType(typeof(ExerciseCategory))]
    public ExerciseCategory? Category { get; init; }

    /// <summary>The experience it needs.</summary>
    [Required]
    [EnumDataType(typeof(ExerciseLevel))]
    public ExerciseLevel? Level { get; init; }

    /// <summary>Main direction of force; null when not applicable.</summary>
    [EnumDataType(typeof(ExerciseForce))]
    public ExerciseForce? Force { get; init; }

    /// <summary>Isolation or compound; null when not applicable.</summary>
    [EnumDataType(typeof(ExerciseMechanic))]
    public ExerciseMechanic? Mechanic { get; init; }

    /// <summary>Equipment needed; null when none.</summary>
    [EnumDataType(typeof(ExerciseEquipment))]
    public ExerciseEquipment? Equipment { get; init; }

    /// <summary>Muscles mainly worked: at least one; duplicates are ignored.</summary>
    [Required]
    [MinLength(1)]
    [MaxLength(ExerciseConsts.MaxMuscleCount)]
    public IReadOnlyList<Muscle> PrimaryMuscles { get; init; } = [];

    /// <summary>Muscles worked as well; may be empty; duplicates are ignored.</summary>
    [MaxLength(ExerciseConsts.MaxMuscleCount)]
    public IReadOnlyList<Muscle> SecondaryMuscles { get; init; } = [];

    /// <summary>
    /// The steps, in order: at most <see cref="ExerciseConsts.MaxInstructionCount"/>, each at most
    /// <see cref="ExerciseConsts.MaxInstructionLength"/> characters; blank steps are dropped.
    /// </summary>
    [MaxLength(ExerciseConsts.MaxInstructionCount)]
    public IReadOnlyList<string> Instructions { get; init; } = [];

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PrimaryMuscles?.Any(m => !Enum.IsDefined(m)) == true)
        {
            yield return new ValidationResult("Unknown muscle.", [nameof(PrimaryMuscles)]);
        }

        if (SecondaryMuscles?.Any(m => !Enum.IsDefined(m)) == true)
        {
            yield return new ValidationResult("Unknown muscle.", [nameof(SecondaryMuscles)]);
        }

        if (Instructions?.Any(step => step is null || step.Length > ExerciseConsts.MaxInstructionLength) == true)
        {
            yield return new ValidationResult(
                $"Every instruction step is a string of at most {ExerciseConsts.MaxInstructionLength} characters.", [nameof(Instructions)]);
        }
    }
}
