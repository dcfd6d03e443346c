namespace FitSaaS.Programs;

/// <summary>An ordered part of a workout (warm-up, strength, conditioning…) with its movements in order. Immutable.</summary>
public sealed record WorkoutSection
{
    /// <summary>What part of the class it is.</summary>
    public WorkoutSectionKind Kind { get; init; }

    /// <summary>Its title, e.g. "Back squat" or "21-15-9"; may be empty.</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>Free notes (also holds movements the exercise library lacks); null when none.</summary>
    public string? Notes { get; init; }

    /// <summary>The movements, in order; may be empty (notes only).</summary>
    public IReadOnlyList<WorkoutMovement> Movements { get; init; } = [];
}
