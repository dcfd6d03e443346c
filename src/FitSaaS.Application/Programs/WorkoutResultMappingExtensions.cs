namespace FitSaaS.Programs;

/// <summary>Maps results to DTOs.</summary>
internal static class WorkoutResultMappingExtensions
{
    public static ScoreEntry ToEntry(this ScoreInputDto input) =>
        new(input.Value, input.Unit, input.Time, input.Rounds, input.Reps, input.Capped);

    public static ScoreDto ToDto(this WorkoutScore score) => new()
    {
        Value = score.Value,
        Capped = score.IsCapped,
        Rounds = score.Rounds,
        Reps = score.Reps,
        DisplayUnit = score.DisplayUnit,
        DisplayValue = score.DisplayValue,
        Display = score.ToDisplayString(),
    };

    public static WorkoutResultDto ToDto(this WorkoutResult result) => new()
    {
        Id = result.Id,
        MemberId = result.MemberId,
        LoggedByUserId = result.LoggedByUserId,
        LoggedAt = result.LoggedAtUtc,
        PublishedWorkoutId = result.PublishedWorkoutId,
        AssignmentId = result.AssignmentId,
        WorkoutId = result.WorkoutId,
        WorkoutVersion = result.WorkoutVersion,
        PersonalRecordWorkoutId = result.PersonalRecordWorkoutId,
        ExerciseId = result.ExerciseId,
        RepMax = result.RepMax,
        TrackId = result.TrackId,
        Date = result.Date,
        Title = result.Title,
        ScoringType = result.ScoringType,
        TimeCapSeconds = result.TimeCapSeconds,
        Division = result.Division,
        Score = result.Score.ToDto(),
        PerformedAt = result.PerformedAtUtc,
        Notes = result.Notes,
        IsPersonalRecord = result.IsPersonalRecord,
        IsCurrentPersonalRecord = result.IsCurrentPersonalRecord,
    };
}
