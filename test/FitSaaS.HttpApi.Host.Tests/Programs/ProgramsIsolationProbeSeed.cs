using FitSaaS.HttpApi.Host.Tests.Isolation;
using FitSaaS.Programs;
using static FitSaaS.HttpApi.Host.Tests.Isolation.IsolationProbeSeedContext;

namespace FitSaaS.HttpApi.Host.Tests.Programs;

/// <summary>Programs' probe data in B: a custom exercise, a body-metric definition, an entry and a goal of B's admin.</summary>
public sealed class ProgramsIsolationProbeSeed : IIsolationProbeSeed
{
    public string RoutePrefix => "/api/programs/";

    public async Task SeedAsync(IsolationProbeSeedContext context, CancellationToken cancellationToken)
    {
        var exercise = await PostAsync(context.VictimAdmin, "/api/programs/exercises", new CreateExerciseDto
        {
            Name = $"Sled Push {context.Marker}",
            Category = ExerciseCategory.Strongman,
            Level = ExerciseLevel.Beginner,
            PrimaryMuscles = [Muscle.Quadriceps],
            Instructions = [$"Push {context.Marker}."],
        }, cancellationToken);
        context.Targets.AddId("exercises", exercise.GetProperty("id").GetGuid(), "B's custom exercise");

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
    }
}
