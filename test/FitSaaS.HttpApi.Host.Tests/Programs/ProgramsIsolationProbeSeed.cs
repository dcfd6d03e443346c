using FitSaaS.HttpApi.Host.Tests.Isolation;
using FitSaaS.Programs;
using static FitSaaS.HttpApi.Host.Tests.Isolation.IsolationProbeSeedContext;

namespace FitSaaS.HttpApi.Host.Tests.Programs;

/// <summary>
/// Programs' probe data in B: a custom exercise, a workout using it, a track at B's location with a published day, a program
/// template and an assignment to B's member (runs after Identity and Bookings: uses B's location and member), a body-metric
/// definition, an entry and a goal of B's admin, a lift result and a result of the published workout.
/// </summary>
public sealed class ProgramsIsolationProbeSeed : IIsolationProbeSeed
{
    public string RoutePrefix => "/api/programs/";

    public async Task SeedAsync(IsolationProbeSeedContext context, CancellationToken cancellationToken)
    {
        var (adminB, marker, targets, ct) = (context.VictimAdmin, context.Marker, context.Targets, cancellationToken);
        var exercise = await PostAsync(adminB, "/api/programs/exercises", new CreateExerciseDto
        {
            Name = $"Sled Push {marker}",
            Category = ExerciseCategory.Strongman,
            Level = ExerciseLevel.Beginner,
            PrimaryMuscles = [Muscle.Quadriceps],
            Instructions = [$"Push {marker}."],
        }, ct);
        var exerciseId = exercise.GetProperty("id").GetGuid();
        targets.AddId("exercises", exerciseId, "B's custom exercise");

        var workout = await PostAsync(adminB, "/api/programs/workouts", new CreateWorkoutDto
        {
            Title = $"Secret WOD {marker}",
            Description = $"Secret plan {marker}",
            ScoringType = ScoringType.ForTime,
            TimeCapSeconds = 600,
            Sections =
            [
                new WorkoutSectionDto
                {
                    Kind = WorkoutSectionKind.Conditioning,
                    Title = $"Sleds {marker}",
                    Movements = [new WorkoutMovementDto { ExerciseId = exerciseId, Rx = new MovementPrescriptionDto { DistanceMeters = 50m }, ScaledNotes = $"Lighter {marker}" }],
                },
            ],
        }, ct);
        var workoutId = workout.GetProperty("id").GetGuid();
        targets.AddId("workouts", workoutId, "B's workout");

        var locationId = Guid.Parse(targets.Ids.Single(v => v.Label == "B's location").Value);
        var track = await PostAsync(adminB, "/api/programs/tracks", new CreateTrackDto { Name = $"Main class {marker}", LocationId = locationId }, ct);
        var trackId = track.GetProperty("id").GetGuid();
        targets.AddId("tracks", trackId, "B's track");
        var published = await PostAsync(adminB, $"/api/programs/tracks/{trackId}/publish",
            new PublishWorkoutDto { Date = DateOnly.FromDateTime(DateTime.UtcNow), WorkoutId = workoutId, Notes = $"Coach notes {marker}" }, ct);
        var publishedWorkoutId = published.GetProperty("id").GetGuid();
        targets.AddSecret(publishedWorkoutId.ToString(), "B's published workout");

        var template = await PostAsync(adminB, "/api/programs/program-templates", new CreateProgramTemplateDto
        {
            Name = $"Block {marker}",
            Weeks = 1,
            Days = [new ProgramTemplateDayDto { DayOffset = 0, WorkoutId = workoutId }],
        }, ct);
        targets.AddId("program-templates", template.GetProperty("id").GetGuid(), "B's program template");

        var memberId = Guid.Parse(targets.Ids.Single(v => v.Label == "B's member").Value);
        var assignments = await PostAsync(adminB, "/api/programs/workout-assignments", new CreateWorkoutAssignmentsDto
        {
            MemberId = memberId,
            WorkoutId = workoutId,
            Dates = [DateOnly.FromDateTime(DateTime.UtcNow)],
            Notes = $"PT notes {marker}",
        }, ct);
        targets.AddId("workout-assignments", assignments[0].GetProperty("id").GetGuid(), "B's workout assignment");

        var metric = await PostAsync(context.VictimAdmin, "/api/programs/body-metrics/definitions", new CreateBodyMetricDefinitionDto
        {
            Name = $"Grip {context.Marker}",
            UnitKind = BodyMetricUnitKind.Custom,
            UnitLabel = "kgf",
            Preference = BodyMetricPreference.HigherIsBetter,
        }, cancellationToken);
        var metricId = metric.GetProperty("id").GetGuid();
        context.Targets.AddId("definitions", metricId, "B's body-metric definition");
        var entry = await PostAsync(context.VictimAdmin, "/api/programs/body-metrics/entries", new CreateBodyMetricEntryDto
        {
            MetricId = metricId,
            Value = 41.5m,
            Notes = $"Felt strong {context.Marker}",
        }, cancellationToken);
        context.Targets.AddId("entries", entry.GetProperty("id").GetGuid(), "B's body-metric entry");
        var goal = await PostAsync(context.VictimAdmin, "/api/programs/goals", new CreateGoalDto
        {
            Kind = GoalKind.BodyMetric,
            MetricId = metricId,
            TargetValue = 50m,
            DueDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(90),
            Title = $"Grip goal {context.Marker}",
        }, cancellationToken);
        context.Targets.AddId("goals", goal.GetProperty("id").GetGuid(), "B's goal");

        var result = await PostAsync(context.VictimAdmin, "/api/programs/results", new
        {
            exerciseId = exerciseId,
            repMax = 1,
            score = new { value = 140 },
            performedAt = DateTime.UtcNow.AddDays(-1),
            notes = $"Sled {context.Marker}",
        }, cancellationToken);
        context.Targets.AddId("results", result.GetProperty("id").GetGuid(), "B's lift result");
        var workoutResult = await PostAsync(context.VictimAdmin, "/api/programs/results", new
        {
            publishedWorkoutId,
            score = new { time = "7:45" },
            performedAt = DateTime.UtcNow.AddMinutes(-5),
            notes = $"Sleds done {context.Marker}",
        }, cancellationToken);
        context.Targets.AddId("results", workoutResult.GetProperty("id").GetGuid(), "B's workout result");
    }
}
