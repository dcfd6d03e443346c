using FitSaaS.Framework.Exceptions;
using FitSaaS.Programs;

namespace FitSaaS.Domain.Tests.Programs;

public sealed class WorkoutScoreTests
{
    [Theory]
    [InlineData("3:05", 185)]
    [InlineData("185", 185)]
    [InlineData("1:02:03", 3723)]
    [InlineData("4:05.5", 245.5)]
    public void Create_ForTimeText_IsSeconds(string time, double expected)
    {
        var score = WorkoutScore.Create(ScoringType.ForTime, null, new ScoreEntry(null, null, time, null, null, false));

        score.Value.ShouldBe((decimal)expected);
        score.IsCapped.ShouldBeFalse();
        score.DisplayUnit.ShouldBe(ScoreUnit.Seconds);
        score.CanBePersonalRecord.ShouldBeTrue();
    }

    [Fact]
    public void Create_Pounds_ConvertsExactlyAndKeepsTheDisplayUnit()
    {
        var score = WorkoutScore.Create(ScoringType.Load, null, new ScoreEntry(225m, ScoreUnit.Pounds, null, null, null, false));

        score.Value.ShouldBe(102.05828325m);
        score.DisplayUnit.ShouldBe(ScoreUnit.Pounds);
        score.DisplayValue.ShouldBe(225m);
        score.ToDisplayString().ShouldBe("225 lb");
    }

    [Theory]
    [InlineData(5, ScoreUnit.Kilometres, 5000)]
    [InlineData(1, ScoreUnit.Miles, 1609.344)]
    [InlineData(100, ScoreUnit.Feet, 30.48)]
    [InlineData(400, null, 400)]
    public void Create_Distance_IsMetres(double value, ScoreUnit? unit, double metres)
    {
        var score = WorkoutScore.Create(ScoringType.Distance, null, new ScoreEntry((decimal)value, unit, null, null, null, false));

        score.Value.ShouldBe((decimal)metres);
    }

    [Fact]
    public void Create_Amrap_IsRoundsTimesThousandPlusReps()
    {
        var score = WorkoutScore.Create(ScoringType.AmrapRoundsReps, null, new ScoreEntry(null, null, null, 12, 7, false));

        score.Value.ShouldBe(12007m);
        score.Rounds.ShouldBe(12);
        score.Reps.ShouldBe(7);
        score.ToDisplayString().ShouldBe("12 + 7");
    }

    [Fact]
    public void Create_CappedWithReps_IsCapPlusRepsAndNeverAPersonalRecord()
    {
        var score = WorkoutScore.Create(ScoringType.ForTime, 600, new ScoreEntry(null, null, null, null, 47, true));

        score.IsCapped.ShouldBeTrue();
        score.Reps.ShouldBe(47);
        score.CanBePersonalRecord.ShouldBeFalse();
        score.ToDisplayString().ShouldBe("CAP + 47");
    }

    [Fact]
    public void Create_TimeAtTheCap_IsAFinish()
    {
        var score = WorkoutScore.Create(ScoringType.ForTime, 600, new ScoreEntry(600m, null, null, null, null, false));

        score.Value.ShouldBe(600m);
    }

    public static TheoryData<ScoringType, int?, ScoreEntry, string> BadScores => new()
    {
        { ScoringType.ForTime, 600, new ScoreEntry(601m, null, null, null, null, false), ProgramsErrorCodes.ScoreAboveTimeCap },
        { ScoringType.ForTime, 600, new ScoreEntry(null, null, "10:01", null, null, false), ProgramsErrorCodes.ScoreAboveTimeCap },
        { ScoringType.ForTime, 600, new ScoreEntry(null, null, null, null, null, true), ProgramsErrorCodes.InvalidCappedScore },
        { ScoringType.ForTime, null, new ScoreEntry(null, null, null, null, 10, true), ProgramsErrorCodes.InvalidCappedScore },
        { ScoringType.ForTime, 600, new ScoreEntry(500m, null, null, null, 10, true), ProgramsErrorCodes.InvalidScore },
        { ScoringType.ForTime, null, new ScoreEntry(null, null, "3:75", null, null, false), ProgramsErrorCodes.InvalidScore },
        { ScoringType.ForTime, null, new ScoreEntry(null, null, "abc", null, null, false), ProgramsErrorCodes.InvalidScore },
        { ScoringType.ForTime, null, new ScoreEntry(-5m, null, null, null, null, false), ProgramsErrorCodes.NegativeScore },
        { ScoringType.ForTime, null, new ScoreEntry(100m, ScoreUnit.Kilograms, null, null, null, false), ProgramsErrorCodes.InvalidScore },
        { ScoringType.ForTime, null, new ScoreEntry(null, null, null, null, null, false), ProgramsErrorCodes.InvalidScore },
        { ScoringType.AmrapRoundsReps, null, new ScoreEntry(null, null, null, 5, 1000, false), ProgramsErrorCodes.InvalidScore },
        { ScoringType.AmrapRoundsReps, null, new ScoreEntry(null, null, null, null, 10, false), ProgramsErrorCodes.InvalidScore },
        { ScoringType.AmrapRoundsReps, null, new ScoreEntry(5005m, null, null, null, null, false), ProgramsErrorCodes.InvalidScore },
        { ScoringType.AmrapRoundsReps, null, new ScoreEntry(null, null, null, -1, 0, false), ProgramsErrorCodes.NegativeScore },
        { ScoringType.Load, null, new ScoreEntry(-1m, null, null, null, null, false), ProgramsErrorCodes.NegativeScore },
        { ScoringType.Load, null, new ScoreEntry(100m, ScoreUnit.Metres, null, null, null, false), ProgramsErrorCodes.InvalidScore },
        { ScoringType.Load, null, new ScoreEntry(null, null, "3:00", null, null, false), ProgramsErrorCodes.InvalidScore },
        { ScoringType.Reps, null, new ScoreEntry(10.5m, null, null, null, null, false), ProgramsErrorCodes.InvalidScore },
        { ScoringType.Calories, null, new ScoreEntry(10m, ScoreUnit.Kilograms, null, null, null, false), ProgramsErrorCodes.InvalidScore },
        { ScoringType.Distance, null, new ScoreEntry(5m, ScoreUnit.Pounds, null, null, null, false), ProgramsErrorCodes.InvalidScore },
        { ScoringType.NoScore, null, new ScoreEntry(5m, null, null, null, null, false), ProgramsErrorCodes.InvalidScore },
    };

    [Theory]
    [MemberData(nameof(BadScores))]
    public void Create_BadInput_ThrowsItsCode(ScoringType scoringType, int? cap, ScoreEntry entry, string code)
    {
        var exception = Should.Throw<BusinessException>(() => WorkoutScore.Create(scoringType, cap, entry));

        exception.Code.ShouldBe(code);
    }

    [Fact]
    public void CompareForRanking_ForTime_FinishersAboveCappedThenRepsDescending()
    {
        var fast = WorkoutScore.Create(ScoringType.ForTime, 600, new ScoreEntry(300m, null, null, null, null, false));
        var slow = WorkoutScore.Create(ScoringType.ForTime, 600, new ScoreEntry(599m, null, null, null, null, false));
        var cappedMany = WorkoutScore.Create(ScoringType.ForTime, 600, new ScoreEntry(null, null, null, null, 90, true));
        var cappedFew = WorkoutScore.Create(ScoringType.ForTime, 600, new ScoreEntry(null, null, null, null, 10, true));

        fast.CompareForRanking(slow).ShouldBeLessThan(0);
        slow.CompareForRanking(cappedMany).ShouldBeLessThan(0);
        cappedMany.CompareForRanking(cappedFew).ShouldBeLessThan(0);
        cappedFew.CompareForRanking(cappedFew).ShouldBe(0);
    }
}
