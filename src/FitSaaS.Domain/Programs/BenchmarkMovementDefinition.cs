namespace FitSaaS.Programs;

/// <summary>A movement of a seeded benchmark, naming its exercise in the global library (matched by normalized name).</summary>
/// <param name="ExerciseName">The global exercise's name; when the library has no such exercise the movement goes into the section's notes.</param>
/// <param name="Label">How the movement reads in notes when it has no library match (e.g. "Thrusters").</param>
/// <param name="Rx">The Rx prescription.</param>
/// <param name="Scaled">The scaled prescription; null when none.</param>
/// <param name="ScaledNotes">Scaling notes; null when none.</param>
public sealed record BenchmarkMovementDefinition(
    string ExerciseName, string Label, MovementPrescription Rx, MovementPrescription? Scaled = null, string? ScaledNotes = null);
