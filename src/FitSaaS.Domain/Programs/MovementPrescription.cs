namespace FitSaaS.Programs;

/// <summary>
/// What a movement asks for at one level (Rx or scaled). Every field is optional; units are canonical: kilograms, metres, seconds.
/// Immutable.
/// </summary>
public sealed record MovementPrescription
{
    /// <summary>Number of sets (1 or more); null when not set-based.</summary>
    public int? Sets { get; init; }

    /// <summary>Repetitions per set (1 or more); null when given as <see cref="RepScheme"/> or not rep-based.</summary>
    public int? Reps { get; init; }

    /// <summary>A rep scheme as text, e.g. <c>5-5-3-3-1</c> or <c>21-15-9</c>; null when none.</summary>
    public string? RepScheme { get; init; }

    /// <summary>Load in kilograms (0 or more); null when none.</summary>
    public decimal? LoadKg { get; init; }

    /// <summary>Load as a percentage of the member's one-rep max (0–200); null when none.</summary>
    public decimal? PercentOfOneRepMax { get; init; }

    /// <summary>Rate of perceived exertion (1–10); null when none.</summary>
    public decimal? Rpe { get; init; }

    /// <summary>Distance in metres (0 or more); null when none.</summary>
    public decimal? DistanceMeters { get; init; }

    /// <summary>Calories (0 or more); null when none.</summary>
    public int? Calories { get; init; }

    /// <summary>Duration in seconds (0 or more); null when none.</summary>
    public int? TimeSeconds { get; init; }

    /// <summary>Rest after each set, in seconds (0 or more); null when none.</summary>
    public int? RestSeconds { get; init; }

    /// <summary>Throws <see cref="ArgumentException"/> when a value is out of range.</summary>
    internal void Validate()
    {
        Positive(Sets, nameof(Sets));
        Positive(Reps, nameof(Reps));
        if (RepScheme is { Length: > ProgrammingConsts.MaxRepSchemeLength })
        {
            throw new ArgumentException($"A rep scheme has at most {ProgrammingConsts.MaxRepSchemeLength} characters.", nameof(RepScheme));
        }

        NotNegative(LoadKg, nameof(LoadKg));
        NotNegative(DistanceMeters, nameof(DistanceMeters));
        NotNegative(Calories, nameof(Calories));
        NotNegative(TimeSeconds, nameof(TimeSeconds));
        NotNegative(RestSeconds, nameof(RestSeconds));
        if (PercentOfOneRepMax is < 0 or > 200)
        {
            throw new ArgumentOutOfRangeException(nameof(PercentOfOneRepMax), PercentOfOneRepMax, "A percentage of 1RM is between 0 and 200.");
        }

        if (Rpe is < 1 or > 10)
        {
            throw new ArgumentOutOfRangeException(nameof(Rpe), Rpe, "RPE is between 1 and 10.");
        }
    }

    private static void Positive(int? value, string name)
    {
        if (value is <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} is at least 1.");
        }
    }

    private static void NotNegative(int? value, string name)
    {
        if (value is < 0)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} is not negative.");
        }
    }

    private static void NotNegative(decimal? value, string name)
    {
        if (value is < 0)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} is not negative.");
        }
    }
}
