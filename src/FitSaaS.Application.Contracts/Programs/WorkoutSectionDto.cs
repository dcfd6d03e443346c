using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Programs;

/// <summary>A section of a workout, in order: its kind, title, notes and movements.</summary>
public sealed class WorkoutSectionDto
{
    /// <summary>What part of the class it is.</summary>
    [Required]
    [EnumDataType(typeof(WorkoutSectionKind))]
    public WorkoutSectionKind? Kind { get; init; }

    /// <summary>The title (may be empty).</summary>
    [StringLength(ProgrammingConsts.MaxTitleLength)]
    public string? Title { get; init; }

    /// <summary>Notes (also for movements the library lacks); null when none.</summary>
    [StringLength(ProgrammingConsts.MaxNotesLength)]
    public string? Notes { get; init; }

    /// <summary>The movements, in order: at most <see cref="ProgrammingConsts.MaxMovementCount"/>.</summary>
    [MaxLength(ProgrammingConsts.MaxMovementCount)]
    public IReadOnlyList<WorkoutMovementDto> Movements { get; init; } = [];
}
