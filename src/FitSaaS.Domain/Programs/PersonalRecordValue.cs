namespace FitSaaS.Programs;

/// <summary>A current personal record.</summary>
/// <param name="ResultId">The result that set it.</param>
/// <param name="ScoringType">How it is scored (fixes the unit and direction).</param>
/// <param name="Value">The score in canonical units (seconds, kilograms, metres; counts; AMRAP as rounds × 1000 + reps).</param>
/// <param name="PerformedAt">When the result was performed (UTC).</param>
public sealed record PersonalRecordValue(Guid ResultId, ScoringType ScoringType, decimal Value, DateTime PerformedAt);
