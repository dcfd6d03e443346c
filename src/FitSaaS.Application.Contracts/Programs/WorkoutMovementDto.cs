using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Programs;

/// <summary>A movement: an exercise of the library (global or the tenant's own) with its Rx and optional scaled prescription.</summary>
public sealed class WorkoutMovementDto
{
    /// <summary>The exercise id.</summary>
    [Required]
    public Guid? ExerciseId { get; init; }

    /// <summary>The exercise's name (output only; ignored on input).</summary>
    public string? ExerciseName { get; init; }

    /// <summary>The Rx prescription.</summary>
    [Required]
    public MovementPrescriptionDto? Rx { get; init; }

    /// <summary>The scaled prescription; null when none.</summary>
    public MovementPrescriptionDto? Scaled { get; init; }

    /// <summary>Scaling notes; null when none.</summary>
    [StringLength(ProgrammingConsts.MaxNotesLength)]
    public string? ScaledNotes { get; init; }

    /// <summary>Coaching notes; null when none.</summary>
    [StringLength(ProgrammingConsts.MaxNotesLength)]
    public string? Notes { get; init; }
}
