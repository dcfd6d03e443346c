namespace FitSaaS.Programs;

/// <summary>
/// Everything that describes an exercise apart from its name: what it trains, how, and with what.
/// The parameter object of <see cref="Exercise"/>'s factories and of <see cref="Exercise.ChangeDetails"/>.
/// </summary>
/// <param name="Category">The kind of training.</param>
/// <param name="Level">The experience it needs.</param>
/// <param name="Force">Main direction of force; null when not applicable.</param>
/// <param name="Mechanic">Isolation or compound; null when not applicable.</param>
/// <param name="Equipment">Equipment needed; null when none is given.</param>
/// <param name="PrimaryMuscles">Muscles mainly worked; at least one.</param>
/// <param name="SecondaryMuscles">Muscles worked as well; may be empty.</param>
/// <param name="Instructions">Steps, in order; may be empty.</param>
public sealed record ExerciseDetails(
    ExerciseCategory Category,
    ExerciseLevel Level,
    ExerciseForce? Force,
    ExerciseMechanic? Mechanic,
    ExerciseEquipment? Equipment,
    IReadOnlyList<Muscle> PrimaryMuscles,
    IReadOnlyList<Muscle> SecondaryMuscles,
    IReadOnlyList<string> Instructions);
