using FitSaaS.Framework.Exceptions;
using FitSaaS.Programs;

namespace FitSaaS.Domain.Tests.Programs;

public sealed class WorkoutTests
{
    private static readonly Guid s_tenantId = Guid.NewGuid();

    internal static WorkoutContent Content(string title, ScoringType scoring = ScoringType.ForTime, int? cap = 600, bool scaled = true) => new(
        title,
        "A test workout.",
        [
            new WorkoutSection
            {
                Kind = WorkoutSectionKind.Conditioning,
                Title = " 21-15-9 ",
                Movements =
                [
                    new WorkoutMovement
                    {
                        ExerciseId = Guid.NewGuid(),
                        ExerciseName = "Pullups",
                        Rx = new MovementPrescription { RepScheme = "21-15-9" },
                        Scaled = scaled ? new MovementPrescription { RepScheme = "15-12-9" } : null,
                    },
                ],
            },
        ],
        scoring,
        cap,
        IsBenchmark: false);

    [Fact]
    public void Edit_EveryEdit_IncrementsTheVersion_AndRecomputesTheScaledLevel()
    {
        var workout = Workout.CreateCustom(Guid.NewGuid(), s_tenantId, Content("  Fran-ish  "));

        workout.Version.ShouldBe(1);
        workout.Title.ShouldBe("Fran-ish");
        workout.NormalizedTitle.ShouldBe("FRAN-ISH");
        workout.HasScaledLevel.ShouldBeTrue();
        workout.Sections[0].Title.ShouldBe("21-15-9");
        workout.Edit(Content("Second", scaled: false));
        workout.Version.ShouldBe(2);
        workout.HasScaledLevel.ShouldBeFalse();
        workout.Edit(Content("Third", ScoringType.Load, cap: null));
        workout.Version.ShouldBe(3);
        workout.ScoringType.ShouldBe(ScoringType.Load);
    }

    [Fact]
    public void ToSnapshot_LaterEdits_NeverChangeIt()
    {
        var workout = Workout.CreateCustom(Guid.NewGuid(), s_tenantId, Content("Before"));
        var snapshot = workout.ToSnapshot();

        workout.Edit(Content("After", ScoringType.Reps, cap: null, scaled: false));

        snapshot.Title.ShouldBe("Before");
        snapshot.WorkoutVersion.ShouldBe(1);
        snapshot.ScoringType.ShouldBe(ScoringType.ForTime);
        snapshot.TimeCapSeconds.ShouldBe(600);
        snapshot.HasScaledLevel.ShouldBeTrue();
        snapshot.Sections[0].Movements[0].Scaled.ShouldNotBeNull();
        workout.ToSnapshot().WorkoutVersion.ShouldBe(2);
    }

    [Fact]
    public void ScaledNotesAlone_GiveAScaledLevel()
    {
        var content = Content("Notes only", scaled: false);
        var section = content.Sections[0];
        var withNotes = content with { Sections = [section with { Movements = [section.Movements[0] with { ScaledNotes = "Banded." }] }] };

        Workout.CreateCustom(Guid.NewGuid(), s_tenantId, withNotes).HasScaledLevel.ShouldBeTrue();
    }

    [Theory]
    [InlineData(ScoringType.ForTime, null, true)]
    [InlineData(ScoringType.ForTime, 600, true)]
    [InlineData(ScoringType.AmrapRoundsReps, 1200, true)]
    [InlineData(ScoringType.AmrapRoundsReps, null, false)]
    [InlineData(ScoringType.Load, 600, false)]
    [InlineData(ScoringType.Load, null, true)]
    [InlineData(ScoringType.ForTime, 0, false)]
    [InlineData(ScoringType.ForTime, 86_401, false)]
    public void CheckTimeCap_OnlyForTimeAndAmrap_AmrapNeedsOne(ScoringType scoring, int? cap, bool valid)
    {
        var act = () => Workout.CreateCustom(Guid.NewGuid(), s_tenantId, Content("Capped", scoring, cap));

        if (valid)
        {
            act().TimeCapSeconds.ShouldBe(cap);
        }
        else
        {
            Should.Throw<BusinessException>(act).Code.ShouldBe(ProgramsErrorCodes.InvalidTimeCap);
        }
    }

    [Fact]
    public void Edit_GlobalBenchmark_IsReadOnly()
    {
        var benchmark = Workout.CreateGlobalBenchmark(Guid.NewGuid(), "fran", Content("Fran"));

        benchmark.IsBenchmark.ShouldBeTrue();
        benchmark.IsGlobal.ShouldBeTrue();
        Should.Throw<BusinessException>(() => benchmark.Edit(Content("Mine"))).Code.ShouldBe(ProgramsErrorCodes.GlobalWorkoutReadOnly);
    }

    [Fact]
    public void Create_NegativeLoadOrBadRpe_ThrowArgumentExceptions()
    {
        var content = Content("Bad");
        var section = content.Sections[0];
        var negative = content with { Sections = [section with { Movements = [section.Movements[0] with { Rx = new MovementPrescription { LoadKg = -1m } }] }] };
        var rpe = content with { Sections = [section with { Movements = [section.Movements[0] with { Rx = new MovementPrescription { Rpe = 11m } }] }] };

        Should.Throw<ArgumentException>(() => Workout.CreateCustom(Guid.NewGuid(), s_tenantId, negative));
        Should.Throw<ArgumentException>(() => Workout.CreateCustom(Guid.NewGuid(), s_tenantId, rpe));
    }

    [Fact]
    public void BenchmarkLibrary_HasFifteenUniqueKeys_AndUnmatchedMovementsGoToNotes()
    {
        BenchmarkWorkoutLibrary.All.Count.ShouldBe(15);
        BenchmarkWorkoutLibrary.All.Select(b => b.Key).Distinct().Count().ShouldBe(15);
        var fran = BenchmarkWorkoutLibrary.All.Single(b => b.Key == "fran");

        var content = BenchmarkWorkoutSeedContributor.ToContent(fran, new Dictionary<string, Exercise>());

        content.IsBenchmark.ShouldBeTrue();
        content.Sections.ShouldHaveSingleItem().Movements.ShouldBeEmpty();
        content.Sections[0].Notes!.ShouldContain("Pull-ups");
        foreach (var benchmark in BenchmarkWorkoutLibrary.All)
        {
            Workout.CreateGlobalBenchmark(Guid.NewGuid(), benchmark.Key, BenchmarkWorkoutSeedContributor.ToContent(benchmark, new Dictionary<string, Exercise>()))
                .Title.ShouldBe(benchmark.Title);
        }
    }
}
