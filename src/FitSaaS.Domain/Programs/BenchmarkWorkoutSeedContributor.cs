using System.Globalization;
using FitSaaS.Framework.Data;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.Guids;
using Microsoft.Extensions.Logging;

namespace FitSaaS.Programs;

/// <summary>
/// Seeds the classic benchmarks (<see cref="BenchmarkWorkoutLibrary"/>) into the global workout library when the host is seeded,
/// after making sure the exercise library is imported (movements reference global exercises by name; a movement without a match
/// is written into its section's notes). Idempotent: a benchmark whose key exists already (deleted or not) is left alone.
/// </summary>
public sealed partial class BenchmarkWorkoutSeedContributor(
    ExerciseLibraryImporter exerciseImporter,
    IWorkoutRepository workouts,
    IGuidGenerator guidGenerator,
    ILogger<BenchmarkWorkoutSeedContributor> logger) : IDataSeedContributor, ITransientDependency
{
    /// <inheritdoc/>
    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.TenantId is not null)
        {
            return;
        }

        var existing = await workouts.GetGlobalBenchmarkKeysAsync(cancellationToken);
        var missing = BenchmarkWorkoutLibrary.All.Where(b => !existing.Contains(b.Key)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        await exerciseImporter.ImportEmbeddedAsync(cancellationToken);
        var names = missing.SelectMany(b => b.Movements).Select(m => Exercise.NormalizeName(m.ExerciseName)).Distinct().ToList();
        var exercises = await workouts.GetGlobalExercisesByNameAsync(names, cancellationToken);
        foreach (var benchmark in missing)
        {
            await workouts.InsertAsync(Workout.CreateGlobalBenchmark(guidGenerator.Create(), benchmark.Key, ToContent(benchmark, exercises)), cancellationToken: cancellationToken);
        }

        LogSeeded(logger, missing.Count);
    }

    /// <summary>Turns a definition into workout content, matching exercises by normalized name.</summary>
    public static WorkoutContent ToContent(BenchmarkWorkoutDefinition benchmark, IReadOnlyDictionary<string, Exercise> exercisesByNormalizedName)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        ArgumentNullException.ThrowIfNull(exercisesByNormalizedName);
        var movements = new List<WorkoutMovement>();
        var notes = new List<string>();
        foreach (var movement in benchmark.Movements)
        {
            if (exercisesByNormalizedName.TryGetValue(Exercise.NormalizeName(movement.ExerciseName), out var exercise))
            {
                movements.Add(new WorkoutMovement
                {
                    ExerciseId = exercise.Id,
                    ExerciseName = exercise.Name,
                    Rx = movement.Rx,
                    Scaled = movement.Scaled,
                    ScaledNotes = movement.ScaledNotes,
                });
            }
            else
            {
                notes.Add(string.Format(CultureInfo.InvariantCulture, "{0}: {1}{2}", movement.Label, Describe(movement.Rx),
                    movement.ScaledNotes is null && movement.Scaled is null ? string.Empty : $" (scaled: {movement.ScaledNotes ?? Describe(movement.Scaled!)})"));
            }
        }

        var section = new WorkoutSection
        {
            Kind = WorkoutSectionKind.Conditioning,
            Title = benchmark.SectionTitle,
            Notes = notes.Count == 0 ? null : string.Join("\n", notes),
            Movements = movements,
        };
        var content = new WorkoutContent(benchmark.Title, benchmark.Description, [section], benchmark.ScoringType, benchmark.TimeCapSeconds, IsBenchmark: true);
        return content;
    }

    private static string Describe(MovementPrescription p)
    {
        var parts = new List<string>();
        if (p.RepScheme is not null)
        {
            parts.Add(p.RepScheme);
        }

        if (p.Reps is { } reps)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{reps} reps"));
        }

        if (p.LoadKg is { } load)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{load} kg"));
        }

        if (p.DistanceMeters is { } metres)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{metres} m"));
        }

        return string.Join(", ", parts);
    }

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Seeded {Count} benchmark workouts into the global workout library.")]
    private static partial void LogSeeded(ILogger logger, int count);
}
