using System.Text.Json.Serialization;

namespace FitSaaS.Programs;

/// <summary>A movement of a workout section: an exercise of the library with its Rx and optional scaled prescription. Immutable.</summary>
public sealed record WorkoutMovement
{
    /// <summary>The exercise (global or the tenant's own).</summary>
    public Guid ExerciseId { get; init; }

    /// <summary>The exercise's name when the workout was saved (kept so snapshots read without the library).</summary>
    public string ExerciseName { get; init; } = string.Empty;

    /// <summary>The Rx (as prescribed) prescription.</summary>
    public MovementPrescription Rx { get; init; } = new();

    /// <summary>The scaled prescription; null when the movement has none.</summary>
    public MovementPrescription? Scaled { get; init; }

    /// <summary>Notes on scaling (e.g. "banded pull-ups"); null when none.</summary>
    public string? ScaledNotes { get; init; }

    /// <summary>Coaching notes; null when none.</summary>
    public string? Notes { get; init; }

    /// <summary>True when the movement has a scaled prescription or scaling notes.</summary>
    [JsonIgnore]
    public bool HasScaledLevel => Scaled is not null || !string.IsNullOrWhiteSpace(ScaledNotes);
}
