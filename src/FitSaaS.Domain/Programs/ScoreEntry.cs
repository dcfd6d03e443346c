namespace FitSaaS.Programs;

/// <summary>
/// A score as entered, before it is checked against a scoring type by <see cref="WorkoutScore.Create"/>.
/// </summary>
/// <param name="Value">
/// The number in <paramref name="Unit"/>: a time in seconds, a load, a distance, reps, calories or points. Null for AMRAP, a
/// capped time, a time given as <paramref name="Time"/>, and no score.
/// </param>
/// <param name="Unit">The unit of <paramref name="Value"/>; null for the scoring type's canonical unit (s, kg, m, count).</param>
/// <param name="Time">A for-time score as <c>ss</c>, <c>mm:ss</c> or <c>h:mm:ss</c> (fractions of a second allowed); instead of <paramref name="Value"/>.</param>
/// <param name="Rounds">AMRAP: full rounds.</param>
/// <param name="Reps">AMRAP: extra reps (0–999, default 0); capped for time: the reps done at the cap.</param>
/// <param name="Capped">For time: the time cap was reached before finishing ("CAP + reps").</param>
public sealed record ScoreEntry(decimal? Value, ScoreUnit? Unit, string? Time, int? Rounds, int? Reps, bool Capped);
