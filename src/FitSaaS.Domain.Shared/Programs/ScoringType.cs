namespace FitSaaS.Programs;

/// <summary>
/// How a workout (or a lift) is scored, which fixes the score's canonical unit and its direction (DOMAIN.md §2.18 rule 2).
/// Canonical units: seconds, kilograms, metres; counts are whole numbers.
/// </summary>
public enum ScoringType
{
    /// <summary>Time to finish, in seconds; lower is better. With a time cap, an unfinished result is "CAP + reps done" and ranks below every finisher.</summary>
    ForTime = 0,

    /// <summary>As many rounds and reps as possible (AMRAP): rounds plus extra reps; higher is better.</summary>
    AmrapRoundsReps = 1,

    /// <summary>Load lifted, in kilograms; higher is better.</summary>
    Load = 2,

    /// <summary>Total repetitions; higher is better.</summary>
    Reps = 3,

    /// <summary>Distance covered, in metres; higher is better.</summary>
    Distance = 4,

    /// <summary>Calories; higher is better.</summary>
    Calories = 5,

    /// <summary>Points; higher is better.</summary>
    Points = 6,

    /// <summary>Not scored: results record completion only and never make a personal record.</summary>
    NoScore = 7,
}
