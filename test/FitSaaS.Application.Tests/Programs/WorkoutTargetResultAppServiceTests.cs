using FitSaaS.Framework.Exceptions;
using FitSaaS.Identity;
using FitSaaS.Programs;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Programs;

/// <summary>
/// Workout results through a fake <see cref="IWorkoutResultTargetResolver"/> (the real one comes with workouts and tracks):
/// snapshots, scaled refusal, time caps, leaderboards, assignment completion.
/// </summary>
public abstract class WorkoutTargetResultAppServiceTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(ResultsApplicationFixture fixture) : WorkoutTargetResultAppServiceTests(fixture), IClassFixture<ResultsApplicationFixture>;

    public sealed class ThroughProxies(ResultsProxyApplicationFixture fixture) : WorkoutTargetResultAppServiceTests(fixture), IClassFixture<ResultsProxyApplicationFixture>;

    private static readonly DateTime s_today = DateTime.UtcNow.Date;

    private FakeWorkoutResultTargetResolver Resolver => ((IResultsFixture)fixture).Resolver;

    [Fact]
    public async Task CreateAsync_PublishedWorkout_SnapshotsTheTargetAndIsAPersonalRecord()
    {
        var tenant = await fixture.CreateTenantAsync();
        var member = await fixture.CreateUserAsync(tenant.Id, "member1", IdentityConsts.MemberRole);
        var target = Resolver.Add(Target(ScoringType.ForTime, 600));

        var result = await LogAsync(tenant, member, target, WorkoutDivision.Rx, new ScoreInputDto { Time = "4:12" });

        result.Title.ShouldBe(target.Title);
        result.PublishedWorkoutId.ShouldBe(target.PublishedWorkoutId);
        result.WorkoutId.ShouldBe(target.WorkoutId);
        result.TrackId.ShouldBe(target.TrackId);
        result.Date.ShouldBe(target.Date);
        result.TimeCapSeconds.ShouldBe(600);
        result.Score.Value.ShouldBe(252m);
        result.Score.Display.ShouldBe("4:12");
        result.IsCurrentPersonalRecord.ShouldBeTrue();
    }

    [Fact]
    public async Task CreateAsync_ScaledWithoutScaledLevel_AndTimeAboveCap_AreRefused()
    {
        var tenant = await fixture.CreateTenantAsync();
        var member = await fixture.CreateUserAsync(tenant.Id, "member1", IdentityConsts.MemberRole);
        var rxOnly = Resolver.Add(Target(ScoringType.ForTime, 600, hasScaled: false));

        var scaled = await Should.ThrowAsync<BusinessException>(() => LogAsync(tenant, member, rxOnly, WorkoutDivision.Scaled, new ScoreInputDto { Value = 300m }));
        var aboveCap = await Should.ThrowAsync<BusinessException>(() => LogAsync(tenant, member, rxOnly, WorkoutDivision.Rx, new ScoreInputDto { Time = "10:01" }));
        var capped = await LogAsync(tenant, member, rxOnly, WorkoutDivision.Rx, new ScoreInputDto { Capped = true, Reps = 80 });

        scaled.Code.ShouldBe(ProgramsErrorCodes.ScaledNotAvailable);
        aboveCap.Code.ShouldBe(ProgramsErrorCodes.ScoreAboveTimeCap);
        capped.Score.Display.ShouldBe("CAP + 80");
        capped.IsPersonalRecord.ShouldBeFalse();
    }

    [Fact]
    public async Task GetListAsync_Leaderboard_RanksRxAboveScaledCappedBelowFinishersTiesShared()
    {
        var tenant = await fixture.CreateTenantAsync();
        var target = Resolver.Add(Target(ScoringType.ForTime, 900));
        var members = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            members.Add(await fixture.CreateUserAsync(tenant.Id, $"athlete{i}", IdentityConsts.MemberRole));
        }

        await LogAsync(tenant, members[0], target, WorkoutDivision.Rx, new ScoreInputDto { Time = "5:00" });
        await LogAsync(tenant, members[0], target, WorkoutDivision.Rx, new ScoreInputDto { Time = "6:00" });
        await LogAsync(tenant, members[1], target, WorkoutDivision.Rx, new ScoreInputDto { Time = "5:00" });
        await LogAsync(tenant, members[2], target, WorkoutDivision.Rx, new ScoreInputDto { Capped = true, Reps = 120 });
        await LogAsync(tenant, members[3], target, WorkoutDivision.Scaled, new ScoreInputDto { Time = "3:00" });
        await LogAsync(tenant, members[4], target, WorkoutDivision.Rx, new ScoreInputDto { Time = "7:30" });

        var boards = await AsAsync<ILeaderboardAppService, IReadOnlyList<LeaderboardDto>>(tenant.Id, members[3], IdentityConsts.MemberRole,
            s => s.GetListAsync(new GetLeaderboardListInput { TrackId = target.TrackId, Date = target.Date }));
        var byDay = await AsAsync<ILeaderboardAppService, IReadOnlyList<LeaderboardDto>>(tenant.Id, members[3], IdentityConsts.MemberRole,
            s => s.GetListAsync(new GetLeaderboardListInput { TrackId = target.TrackId, Date = target.Date, Division = WorkoutDivision.Scaled }));

        var entries = boards.ShouldHaveSingleItem().Entries;
        entries.Select(e => e.Rank).ShouldBe([1, 1, 3, 4, 5]);
        entries.Take(2).Select(e => e.MemberId).ToHashSet().SetEquals(members.Take(2)).ShouldBeTrue();
        entries.Skip(2).Select(e => e.MemberId).ShouldBe([members[4], members[2], members[3]]);
        entries[0].Score.Value.ShouldBe(300m);
        entries[3].Score.Capped.ShouldBeTrue();
        entries.Select(e => e.MemberName).ShouldAllBe(n => n != null && n.StartsWith("athlete", StringComparison.Ordinal));
        byDay.ShouldHaveSingleItem().Entries.ShouldHaveSingleItem().MemberId.ShouldBe(members[3]);
    }

    [Fact]
    public async Task CompletionReader_ReportsAssignmentsWithAResult()
    {
        var tenant = await fixture.CreateTenantAsync();
        var member = await fixture.CreateUserAsync(tenant.Id, "member1", IdentityConsts.MemberRole);
        var workoutId = Guid.NewGuid();
        var assignment = Resolver.Add(new WorkoutResultTarget(workoutId, 1, workoutId, null, Guid.NewGuid(), null, DateOnly.FromDateTime(s_today), "Cindy", ScoringType.AmrapRoundsReps, 1200, true));
        var logged = await AsAsync<IWorkoutResultAppService, WorkoutResultDto>(tenant.Id, member, IdentityConsts.MemberRole, s => s.CreateAsync(new CreateWorkoutResultDto
        {
            AssignmentId = assignment.AssignmentId,
            Score = new ScoreInputDto { Rounds = 18, Reps = 7 },
            PerformedAt = s_today.AddHours(-1),
        }));

        logged.Score.Value.ShouldBe(18007m);
        using (fixture.Services.GetRequiredService<Framework.MultiTenancy.ICurrentTenant>().Change(tenant.Id))
        {
            await using var scope = fixture.Services.CreateAsyncScope();
            var completed = await scope.ServiceProvider.GetRequiredService<IWorkoutAssignmentCompletionReader>()
                .FindCompletedAsync([assignment.AssignmentId!.Value, Guid.NewGuid()], TestContext.Current.CancellationToken);
            completed.ShouldBe([assignment.AssignmentId!.Value]);
            var record = await scope.ServiceProvider.GetRequiredService<IPersonalRecordLookup>()
                .FindCurrentAsync(member, workoutId, null, null, WorkoutDivision.Rx, TestContext.Current.CancellationToken);
            record.ShouldNotBeNull().Value.ShouldBe(18007m);
        }
    }

    private static WorkoutResultTarget Target(ScoringType scoringType, int? timeCap, bool hasScaled = true)
    {
        var workoutId = Guid.NewGuid();
        return new WorkoutResultTarget(workoutId, 1, workoutId, Guid.NewGuid(), null, Guid.NewGuid(), DateOnly.FromDateTime(s_today), "Fran", scoringType, timeCap, hasScaled);
    }

    private Task<WorkoutResultDto> LogAsync(TestTenant tenant, Guid member, WorkoutResultTarget target, WorkoutDivision division, ScoreInputDto score) =>
        AsAsync<IWorkoutResultAppService, WorkoutResultDto>(tenant.Id, member, IdentityConsts.MemberRole, s => s.CreateAsync(new CreateWorkoutResultDto
        {
            PublishedWorkoutId = target.PublishedWorkoutId,
            Division = division,
            Score = score,
            PerformedAt = s_today.AddHours(-1),
        }));

    private async Task<T> AsAsync<TService, T>(Guid? tenantId, Guid userId, string role, Func<TService, Task<T>> action)
        where TService : notnull
    {
        using var _ = fixture.RunAs(tenantId, userId, "test-user", role);
        await using var scope = fixture.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
