namespace FitSaaS.Programs;

/// <summary>An exercise of the library: global (imported) or one of the tenant's custom exercises.</summary>
public sealed class ExerciseDto
{
    /// <summary>The exercise id.</summary>
    public Guid Id { get; init; }

    /// <summary>True for the tenant's own exercise, false for one of the global library (read-only).</summary>
    public bool IsCustom { get; init; }

    /// <summary>The free-exercise-db id of a global exercise (e.g. <c>Barbell_Squat</c>); null for custom exercises.</summary>
    public string? SourceId { get; init; }

    /// <summary>The display name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The kind of training.</summary>
    public ExerciseCategory Category { get; init; }

    /// <summary>The experience it needs.</summary>
    public ExerciseLevel Level { get; init; }

    /// <summary>Main direction of force; null when not applicable.</summary>
    public ExerciseForce? Force { get; init; }

    /// <summary>Isolation or compound; null when not applicable.</summary>
    public ExerciseMechanic? Mechanic { get; init; }

    /// <summary>Equipment needed; null when none is given.</summary>
    public ExerciseEquipment? Equipment { get; init; }

    /// <summary>Muscles mainly worked (at least one).</summary>
    public IReadOnlyList<Muscle> PrimaryMuscles { get; init; } = [];

    /// <summary>Muscles worked as well.</summary>
    public IReadOnlyList<Muscle> SecondaryMuscles { get; init; } = [];

    /// <summary>The steps, in order.</summary>
    public IReadOnlyList<string> Instructions { get; init; } = [];
}
