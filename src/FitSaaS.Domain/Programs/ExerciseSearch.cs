namespace FitSaaS.Programs;

/// <summary>What a search of the exercise library looks for; every criterion left null matches everything.</summary>
public sealed class ExerciseSearch
{
    /// <summary>
    /// The tenant whose custom exercises are visible besides the global library; null (the host) sees the
    /// global library only.
    /// </summary>
    public Guid? VisibleToTenantId { get; init; }

    /// <summary>Text the name must contain, case-insensitively.</summary>
    public string? Text { get; init; }

    /// <summary>A muscle the exercise must work as a primary muscle (or as a secondary one with <see cref="IncludeSecondaryMuscles"/>).</summary>
    public Muscle? Muscle { get; init; }

    /// <summary>True to let <see cref="Muscle"/> match secondary muscles too.</summary>
    public bool IncludeSecondaryMuscles { get; init; }

    /// <summary>The equipment the exercise must use.</summary>
    public ExerciseEquipment? Equipment { get; init; }

    /// <summary>The category the exercise must belong to.</summary>
    public ExerciseCategory? Category { get; init; }

    /// <summary>The level the exercise must have.</summary>
    public ExerciseLevel? Level { get; init; }

    /// <summary>True for the tenant's custom exercises only, false for the global library only, null for both.</summary>
    public bool? OnlyCustom { get; init; }
}
