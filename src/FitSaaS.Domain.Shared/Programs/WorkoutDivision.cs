namespace FitSaaS.Programs;

/// <summary>
/// The level a workout was performed at. Rx and scaled are separate personal-record keys, and Rx always ranks above scaled on
/// a leaderboard (DOMAIN.md §2.18 rule 1).
/// </summary>
public enum WorkoutDivision
{
    /// <summary>As prescribed.</summary>
    Rx = 0,

    /// <summary>With the workout's scaled prescriptions.</summary>
    Scaled = 1,
}
