using FitSaaS.Domain.Tests.Programs.Fakes;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Programs;

namespace FitSaaS.Domain.Tests.Programs;

public sealed class WorkoutResultManagerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LogWorkoutAsync_SnapshotsTheTargetAndTakesTheKeyLock()
    {
        var world = new ResultsTestWorld();
        var workoutId = Guid.NewGuid();
        var target = ResultsTestWorld.Target(ScoringType.ForTime, timeCap: 720, workoutId: workoutId);

        var result = await world.Manager.LogWorkoutAsync(
            world.MemberId, world.MemberId, target, WorkoutDivision.Rx, new ScoreEntry(null, null, "4:10", null, null, false), ResultsTestWorld.Now.AddHours(-2), " felt good ", Ct);

        result.Title.ShouldBe("Fran");
        result.ScoringType.ShouldBe(ScoringType.ForTime);
        result.TimeCapSeconds.ShouldBe(720);
        result.PublishedWorkoutId.ShouldBe(target.PublishedWorkoutId);
        result.TrackId.ShouldBe(target.TrackId);
        result.Date.ShouldBe(target.Date);
        result.WorkoutVersion.ShouldBe(1);
        result.ScoreValue.ShouldBe(250m);
        result.Notes.ShouldBe("felt good");
        result.PersonalRecordKey.ShouldBe(WorkoutResult.WorkoutKey(target.PersonalRecordWorkoutId, ScoringType.ForTime, WorkoutDivision.Rx));
        result.IsCurrentPersonalRecord.ShouldBeTrue();
        world.Lock.Acquired.ShouldBe([WorkoutResultManager.LockKey(null, world.MemberId, result.PersonalRecordKey!)]);
    }

    [Fact]
    public async Task LogWorkoutAsync_ScaledWithoutScaledLevel_ThrowsScaledNotAvailable()
    {
        var world = new ResultsTestWorld();
        var target = ResultsTestWorld.Target(ScoringType.Reps, hasScaled: false);

        var exception = await Should.ThrowAsync<BusinessException>(() => world.Manager.LogWorkoutAsync(
            world.MemberId, world.MemberId, target, WorkoutDivision.Scaled, new ScoreEntry(50m, null, null, null, null, false), ResultsTestWorld.Now, null, Ct));

        exception.Code.ShouldBe(ProgramsErrorCodes.ScaledNotAvailable);
        world.Results.Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task LogWorkoutAsync_InTheFuture_ThrowsPerformedAtInFuture()
    {
        var world = new ResultsTestWorld();

        var exception = await Should.ThrowAsync<BusinessException>(() => world.Manager.LogWorkoutAsync(
            world.MemberId, world.MemberId, ResultsTestWorld.Target(ScoringType.Reps), WorkoutDivision.Rx,
            new ScoreEntry(50m, null, null, null, null, false), ResultsTestWorld.Now.AddHours(1), null, Ct));

        exception.Code.ShouldBe(ProgramsErrorCodes.PerformedAtInFuture);
    }

    [Fact]
    public async Task LogWorkoutAsync_TimeAboveTheSnapshotCap_ThrowsScoreAboveTimeCap()
    {
        var world = new ResultsTestWorld();

        var exception = await Should.ThrowAsync<BusinessException>(() => world.Manager.LogWorkoutAsync(
            world.MemberId, world.MemberId, ResultsTestWorld.Target(ScoringType.ForTime, timeCap: 300), WorkoutDivision.Rx,
            new ScoreEntry(301m, null, null, null, null, false), ResultsTestWorld.Now, null, Ct));

        exception.Code.ShouldBe(ProgramsErrorCodes.ScoreAboveTimeCap);
    }

    [Fact]
    public async Task LogWorkoutAsync_NoScore_HasNoKeyAndNeverAPersonalRecord()
    {
        var world = new ResultsTestWorld();

        var result = await world.Manager.LogWorkoutAsync(
            world.MemberId, world.MemberId, ResultsTestWorld.Target(ScoringType.NoScore), WorkoutDivision.Rx,
            new ScoreEntry(null, null, null, null, null, false), ResultsTestWorld.Now, null, Ct);

        result.PersonalRecordKey.ShouldBeNull();
        result.IsPersonalRecord.ShouldBeFalse();
        world.Lock.Acquired.ShouldBeEmpty();
    }

    [Fact]
    public async Task LeaderboardBuilder_PublishedWorkout_RanksMembersBestWithVersionsSharingABoard()
    {
        var world = new ResultsTestWorld();
        var workoutId = Guid.NewGuid();
        var trackId = Guid.NewGuid();
        var v1 = new WorkoutResultTarget(workoutId, 1, workoutId, Guid.NewGuid(), null, trackId, new DateOnly(2030, 3, 1), "Grace", ScoringType.ForTime, 600, true);
        var v2 = v1 with { WorkoutVersion = 2, PublishedWorkoutId = Guid.NewGuid(), Title = "Grace (edited)" };
        var alice = Guid.NewGuid();
        var bob = Guid.NewGuid();
        var carol = Guid.NewGuid();
        await world.Manager.LogWorkoutAsync(alice, alice, v1, WorkoutDivision.Rx, new ScoreEntry(200m, null, null, null, null, false), ResultsTestWorld.Now.AddHours(-3), null, Ct);
        await world.Manager.LogWorkoutAsync(alice, alice, v2, WorkoutDivision.Rx, new ScoreEntry(190m, null, null, null, null, false), ResultsTestWorld.Now.AddHours(-2), null, Ct);
        await world.Manager.LogWorkoutAsync(bob, bob, v2, WorkoutDivision.Rx, new ScoreEntry(null, null, null, null, 25, true), ResultsTestWorld.Now.AddHours(-2), null, Ct);
        await world.Manager.LogWorkoutAsync(carol, carol, v1, WorkoutDivision.Scaled, new ScoreEntry(120m, null, null, null, null, false), ResultsTestWorld.Now.AddHours(-2), null, Ct);

        var boards = LeaderboardBuilder.Build(await world.Results.GetForTrackDateAsync(trackId, new DateOnly(2030, 3, 1), Ct));

        var board = boards.ShouldHaveSingleItem();
        board.Title.ShouldBe("Grace (edited)");
        board.Places.Select(p => (p.Rank, p.Candidate.MemberId)).ShouldBe([(1, alice), (2, bob), (3, carol)]);
        board.Places[0].Candidate.Score.Value.ShouldBe(190m);
        board.PersonalRecords.ShouldContain(board.Places[0].Candidate.ResultId);
        LeaderboardBuilder.Build(world.Results.Items.Where(r => r.PublishedWorkoutId == v1.PublishedWorkoutId).ToList())
            .ShouldHaveSingleItem().Places.Select(p => p.Candidate.MemberId).ShouldBe([alice, carol]);
    }

    [Fact]
    public async Task PersonalRecordLookup_And_CompletionReader_ReadTheCurrentRecordAndAssignments()
    {
        var world = new ResultsTestWorld();
        var workoutId = Guid.NewGuid();
        var assignmentId = Guid.NewGuid();
        var target = new WorkoutResultTarget(workoutId, 1, workoutId, null, assignmentId, null, new DateOnly(2030, 3, 1), "Cindy", ScoringType.AmrapRoundsReps, 1200, true);
        await world.Manager.LogWorkoutAsync(world.MemberId, world.MemberId, target, WorkoutDivision.Rx, new ScoreEntry(null, null, null, 15, 3, false), ResultsTestWorld.Now.AddDays(-9), null, Ct);
        var best = await world.Manager.LogWorkoutAsync(world.MemberId, world.MemberId, target, WorkoutDivision.Rx, new ScoreEntry(null, null, null, 17, 0, false), ResultsTestWorld.Now.AddDays(-3), null, Ct);

        var record = await new PersonalRecordLookup(world.Results).FindCurrentAsync(world.MemberId, workoutId, null, null, WorkoutDivision.Rx, Ct);
        var completed = await new WorkoutAssignmentCompletionReader(world.Results).FindCompletedAsync([assignmentId, Guid.NewGuid()], Ct);

        record.ShouldBe(new PersonalRecordValue(best.Id, ScoringType.AmrapRoundsReps, 17000m, best.PerformedAtUtc));
        (await new PersonalRecordLookup(world.Results).FindCurrentAsync(world.MemberId, workoutId, null, null, WorkoutDivision.Scaled, Ct)).ShouldBeNull();
        completed.ShouldBe([assignmentId]);
    }
}
