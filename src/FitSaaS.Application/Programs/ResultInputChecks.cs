using FitSaaS.Framework.Exceptions;

namespace FitSaaS.Programs;

/// <summary>
/// Checks of result inputs that need more than one field, run inside the service (after the feature and permission
/// checks); each failure is <c>Programs:InvalidResultTarget</c> or <c>Programs:InvalidScore</c>.
/// </summary>
internal static class ResultInputChecks
{
    public static void CheckCreate(CreateWorkoutResultDto input)
    {
        var references = new[] { input.PublishedWorkoutId, input.AssignmentId, input.WorkoutId, input.ExerciseId }.Count(id => id is not null);
        if (references != 1)
        {
            throw Target("Give exactly one of publishedWorkoutId, assignmentId, workoutId and exerciseId.");
        }

        if ((input.ExerciseId is null) != (input.RepMax is null))
        {
            throw Target("A lift is an exercise with its rep-max scheme (repMax 1–20), and only a lift has one.");
        }

        if (!Enum.IsDefined(input.Division))
        {
            throw Target("Unknown division.");
        }

        CheckScoreAndInstant(input.Score, input.PerformedAt);
    }

    public static void CheckScoreAndInstant(ScoreInputDto? score, DateTime performedAt)
    {
        if (score is null)
        {
            throw new BusinessException(ProgramsErrorCodes.InvalidScore, "The score is required.").WithData("reason", "the score is required");
        }

        if (performedAt == default)
        {
            throw Target("performedAt is required.");
        }
    }

    public static void CheckHistory(GetPersonalRecordHistoryInput input)
    {
        if ((input.WorkoutId is null) == (input.ExerciseId is null) || (input.ExerciseId is not null && input.RepMax is null))
        {
            throw Target("Give exactly one of workoutId and exerciseId (with repMax).");
        }
    }

    public static void CheckLeaderboard(GetLeaderboardListInput input)
    {
        var byTrack = input.TrackId is not null || input.Date is not null;
        if ((input.PublishedWorkoutId is null) == !byTrack || (byTrack && (input.TrackId is null || input.Date is null)))
        {
            throw Target("Give either publishedWorkoutId, or trackId with date.");
        }
    }

    private static BusinessException Target(string message) => new(ProgramsErrorCodes.InvalidResultTarget, message);
}
