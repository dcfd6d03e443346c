namespace FitSaaS.Programs;

/// <summary>A result of one personal-record key, as the chain computation sees it.</summary>
/// <param name="ResultId">The result.</param>
/// <param name="PerformedAt">When it was performed (UTC): the chronology.</param>
/// <param name="LoggedAt">When it was logged (UTC): orders results performed at the same instant.</param>
/// <param name="Score">Its score.</param>
public sealed record PersonalRecordCandidate(Guid ResultId, DateTime PerformedAt, DateTime LoggedAt, WorkoutScore Score);
