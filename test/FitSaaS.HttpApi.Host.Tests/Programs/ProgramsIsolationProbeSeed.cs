using FitSaaS.HttpApi.Host.Tests.Isolation;
using FitSaaS.Programs;
using static FitSaaS.HttpApi.Host.Tests.Isolation.IsolationProbeSeedContext;

namespace FitSaaS.HttpApi.Host.Tests.Programs;

/// <summary>Programs' probe data in B: a custom exercise and a lift result (with its personal record) of B's admin.</summary>
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

        var result = await PostAsync(context.VictimAdmin, "/api/programs/results", new
        {
            exerciseId = exercise.GetProperty("id").GetGuid(),
            repMax = 1,
            score = new { value = 140 },
            performedAt = DateTime.UtcNow.AddDays(-1),
            notes = $"Sled {context.Marker}",
        }, cancellationToken);
        context.Targets.AddId("results", result.GetProperty("id").GetGuid(), "B's lift result");
    }
}
