using FitSaaS.Framework.Exceptions;
using FitSaaS.Programs;

namespace FitSaaS.Domain.Tests.Programs;

public sealed class GoalProgressCalculatorTests
{
    private static readonly DateTime s_start = new(2026, 11, 1, 8, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly s_due = new(2026, 12, 31);
    private static readonly DateOnly s_beforeDue = new(2026, 12, 7);

    [Theory]
    [InlineData("90", "80", "85", "50")]
    [InlineData("90", "80", "90", "0")]
    [InlineData("90", "80", "92", "0")]
    [InlineData("90", "80", "83.3", "67")]
    [InlineData("60", "70", "65", "50")]
    [InlineData("60", "70", "58", "0")]
    [InlineData("60", "70", "69.99", "99.9")]
    public void PercentComplete_IsDirectionAwareAndClamped(string start, string target, string current, string expected)
    {
        var from = D(start);
        var to = D(target);
        var direction = to < from ? GoalDirection.Decrease : GoalDirection.Increase;

        GoalProgressCalculator.PercentComplete(direction, from, to, D(current)).ShouldBe(D(expected));
    }

    [Fact]
    public void PercentComplete_BeyondTheTarget_Is100_WithoutStart_IsNullUntilReached()
    {
        GoalProgressCalculator.PercentComplete(GoalDirection.Decrease, 90m, 80m, 78m).ShouldBe(100m);
        GoalProgressCalculator.PercentComplete(GoalDirection.Decrease, null, 80m, 85m).ShouldBeNull();
        GoalProgressCalculator.PercentComplete(GoalDirection.Decrease, null, 80m, 80m).ShouldBe(100m);
        GoalProgressCalculator.PercentComplete(GoalDirection.Increase, 60m, 70m, null).ShouldBe(0m);
    }

    [Fact]
    public void DirectionOf_StartAndTarget_ElsePreference_ElseUnknown()
    {
        GoalProgressCalculator.DirectionOf(90m, 80m, BodyMetricPreference.HigherIsBetter).ShouldBe(GoalDirection.Decrease);
        GoalProgressCalculator.DirectionOf(60m, 70m, BodyMetricPreference.LowerIsBetter).ShouldBe(GoalDirection.Increase);
        GoalProgressCalculator.DirectionOf(null, 15m, BodyMetricPreference.LowerIsBetter).ShouldBe(GoalDirection.Decrease);
        GoalProgressCalculator.DirectionOf(70m, 70m, BodyMetricPreference.HigherIsBetter).ShouldBe(GoalDirection.Increase);
        GoalProgressCalculator.DirectionOf(null, 80m, BodyMetricPreference.None).ShouldBeNull();
        GoalProgressCalculator.DirectionOf(ScoringType.ForTime).ShouldBe(GoalDirection.Decrease);
        GoalProgressCalculator.DirectionOf(ScoringType.AmrapRoundsReps).ShouldBe(GoalDirection.Increase);
        GoalProgressCalculator.DirectionOf(ScoringType.Load).ShouldBe(GoalDirection.Increase);
    }

    [Fact]
    public void ForBodyMetric_LosingWeight_AchievedAtTheFirstEntryThatReachedTheTarget()
    {
        var goal = WeightGoal(start: 90m, target: 80m);
        var entries = new[]
        {
            Obs(85m, 10), Obs(79.5m, 20), Obs(80m, 15), Obs(82m, 25), Obs(78m, 30),
        };

        var progress = GoalProgressCalculator.ForBodyMetric(goal, entries[^1], entries, s_beforeDue);

        progress.IsAchieved.ShouldBeTrue();
        progress.AchievedAt.ShouldBe(s_start.AddDays(15));
        progress.Status.ShouldBe(GoalStatus.Achieved);
        progress.PercentComplete.ShouldBe(100m);
        progress.CurrentValue.ShouldBe(78m);
        progress.IsOverdue.ShouldBeFalse();
    }

    [Fact]
    public void ForBodyMetric_ReachedThenRegained_StaysAchievedAtTheFirstTime_PercentFromTheLatest()
    {
        var goal = WeightGoal(start: 90m, target: 80m);
        var entries = new[] { Obs(80m, 10), Obs(84m, 20) };

        var progress = GoalProgressCalculator.ForBodyMetric(goal, entries[1], entries, s_beforeDue);

        progress.IsAchieved.ShouldBeTrue();
        progress.AchievedAt.ShouldBe(s_start.AddDays(10));
        progress.CurrentValue.ShouldBe(84m);
    }

    [Fact]
    public void ForBodyMetric_EntryBeforeTheGoalWasSet_DoesNotAchieveIt()
    {
        var goal = WeightGoal(start: 90m, target: 80m);
        var before = Obs(79m, -30);
        var latest = Obs(86m, 3);

        var progress = GoalProgressCalculator.ForBodyMetric(goal, latest, [before, latest], s_beforeDue);

        progress.IsAchieved.ShouldBeFalse();
        progress.AchievedAt.ShouldBeNull();
        progress.PercentComplete.ShouldBe(40m);
        progress.Status.ShouldBe(GoalStatus.Active);
    }

    [Fact]
    public void ForBodyMetric_PastTheDueDateNotReached_IsOverdue_ButNotOnTheDueDateItself()
    {
        var goal = WeightGoal(start: 90m, target: 80m);
        var latest = Obs(85m, 3);

        GoalProgressCalculator.ForBodyMetric(goal, latest, [latest], s_due).IsOverdue.ShouldBeFalse();
        var late = GoalProgressCalculator.ForBodyMetric(goal, latest, [latest], s_due.AddDays(1));
        late.IsOverdue.ShouldBeTrue();
        late.Status.ShouldBe(GoalStatus.Active);
    }

    [Fact]
    public void ForBodyMetric_AchievedOrAbandoned_IsNeverOverdue()
    {
        var achieved = WeightGoal(start: 90m, target: 80m);
        var reached = Obs(80m, 3);
        GoalProgressCalculator.ForBodyMetric(achieved, reached, [reached], s_due.AddDays(10)).IsOverdue.ShouldBeFalse();

        var abandoned = WeightGoal(start: 90m, target: 80m);
        abandoned.Abandon(s_start.AddDays(5));
        var progress = GoalProgressCalculator.ForBodyMetric(abandoned, reached, [reached], s_due.AddDays(10));
        progress.Status.ShouldBe(GoalStatus.Abandoned);
        progress.IsOverdue.ShouldBeFalse();
        Should.Throw<BusinessException>(() => abandoned.Abandon(s_start.AddDays(6))).Code.ShouldBe(ProgramsErrorCodes.GoalAbandoned);
    }

    [Fact]
    public void ForPersonalRecord_ForTime_LowerIsBetter()
    {
        var goal = RecordGoal(ScoringType.ForTime, start: 300m, target: 240m);

        var halfway = GoalProgressCalculator.ForPersonalRecord(goal, Record(ScoringType.ForTime, 270m, 5), s_beforeDue);
        var reached = GoalProgressCalculator.ForPersonalRecord(goal, Record(ScoringType.ForTime, 239.5m, 9), s_beforeDue);

        halfway.PercentComplete.ShouldBe(50m);
        halfway.IsAchieved.ShouldBeFalse();
        reached.IsAchieved.ShouldBeTrue();
        reached.AchievedAt.ShouldBe(s_start.AddDays(9));
        reached.Status.ShouldBe(GoalStatus.Achieved);
    }

    [Fact]
    public void ForPersonalRecord_Load_HigherIsBetter_NoRecord_NoCurrentValue()
    {
        var goal = RecordGoal(ScoringType.Load, start: 100m, target: 120m);

        var none = GoalProgressCalculator.ForPersonalRecord(goal, null, s_beforeDue);
        var some = GoalProgressCalculator.ForPersonalRecord(goal, Record(ScoringType.Load, 115m, 4), s_beforeDue);
        var tie = GoalProgressCalculator.ForPersonalRecord(goal, Record(ScoringType.Load, 120m, 6), s_beforeDue);

        none.CurrentValue.ShouldBeNull();
        none.PercentComplete.ShouldBe(0m);
        none.IsAchieved.ShouldBeFalse();
        some.PercentComplete.ShouldBe(75m);
        tie.IsAchieved.ShouldBeTrue();
    }

    [Fact]
    public void ForPersonalRecord_RecordOfAnotherScoringType_IsNotComparable()
    {
        var goal = RecordGoal(ScoringType.ForTime, start: null, target: 240m);

        var progress = GoalProgressCalculator.ForPersonalRecord(goal, Record(ScoringType.Reps, 100m, 3), s_beforeDue);

        progress.CurrentValue.ShouldBeNull();
        progress.IsAchieved.ShouldBeFalse();
        progress.PercentComplete.ShouldBeNull();
    }

    private static Goal WeightGoal(decimal start, decimal target) => new(
        Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), GoalKind.BodyMetric,
        new GoalTarget(target < start ? GoalDirection.Decrease : GoalDirection.Increase, target, target, BodyMetricUnit.Kilogram, start, BuiltInBodyMetrics.BodyWeight.Id, null, null, null, null, null),
        s_due, "Cut", s_start);

    private static Goal RecordGoal(ScoringType scoring, decimal? start, decimal target) => new(
        Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), GoalKind.PersonalRecord,
        new GoalTarget(GoalProgressCalculator.DirectionOf(scoring), target, null, null, start, null, Guid.NewGuid(), null, null, WorkoutDivision.Rx, scoring),
        s_due, null, s_start);

    private static BodyMetricObservation Obs(decimal value, int days) => new(value, s_start.AddDays(days));

    private static PersonalRecordValue Record(ScoringType scoring, decimal value, int days) => new(Guid.NewGuid(), scoring, value, s_start.AddDays(days));

    private static decimal D(string value) => decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}
