using System.Globalization;
using FitSaaS.Domain.Tests.Bookings.Fakes;
using FitSaaS.Domain.Tests.FeatureManagement;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Programs;

namespace FitSaaS.Domain.Tests.Programs.Fakes;

/// <summary>The results domain over an in-memory repository, with a fixed clock and a recording lock.</summary>
public sealed class ResultsTestWorld
{
    public static readonly DateTime Now = new(2030, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    public ResultsTestWorld()
    {
        Manager = new WorkoutResultManager(Results, Lock, new SequentialGuidGenerator(TimeProvider.System), new CurrentTenant(new CurrentTenantAccessor()), Clock);
    }

    public FakeWorkoutResultRepository Results { get; } = new();

    public RecordingQuotaLock Lock { get; } = new();

    public SteppingTimeProvider Clock { get; } = new(Now);

    public WorkoutResultManager Manager { get; }

    public Guid MemberId { get; } = Guid.NewGuid();

    public static WorkoutResultTarget Target(ScoringType scoringType, int? timeCap = null, bool hasScaled = true, Guid? workoutId = null, Guid? publishedId = null) =>
        new(workoutId ?? Guid.NewGuid(), 1, workoutId ?? Guid.NewGuid(), publishedId ?? Guid.NewGuid(), null, Guid.NewGuid(), new DateOnly(2030, 3, 1),
            "Fran", scoringType, timeCap, hasScaled);

    /// <summary>
    /// A score written short: <c>cap+N</c> (capped with N reps), <c>R+r</c> (AMRAP), <c>225lb</c>, <c>-</c> (no score), or a
    /// number in the canonical unit.
    /// </summary>
    public static ScoreEntry Entry(ScoringType scoringType, string text)
    {
        if (text == "-")
        {
            return new ScoreEntry(null, null, null, null, null, false);
        }

        if (text.StartsWith("cap+", StringComparison.Ordinal))
        {
            return new ScoreEntry(null, null, null, null, int.Parse(text[4..], CultureInfo.InvariantCulture), true);
        }

        if (scoringType == ScoringType.AmrapRoundsReps)
        {
            var parts = text.Split('+');
            return new ScoreEntry(null, null, null, int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture), false);
        }

        return text.EndsWith("lb", StringComparison.Ordinal)
            ? new ScoreEntry(decimal.Parse(text[..^2], CultureInfo.InvariantCulture), ScoreUnit.Pounds, null, null, null, false)
            : new ScoreEntry(decimal.Parse(text, CultureInfo.InvariantCulture), null, null, null, null, false);
    }
}
