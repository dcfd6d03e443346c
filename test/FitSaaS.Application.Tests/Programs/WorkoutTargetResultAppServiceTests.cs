using FitSaaS.Application.Tests.Bookings;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Identity;
using FitSaaS.Programs;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Programs;

/// <summary>
/// Workout results against real published workouts and assignments (the real <see cref="IWorkoutResultTargetResolver"/>):
/// snapshots, scaled refusal, time caps, a day's leaderboard with ties, assignment completion and the personal-record lookup.
/// </summary>
public abstract class WorkoutTargetResultAppServiceTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : WorkoutTargetResultAppServiceTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : WorkoutTargetResultAppServiceTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private readonly ProgrammingScenario _scenario = new(fixture);

    private static DateOnly Today => ProgrammingScenario.TodayUtc;

    [Fact]
    public async Task CreateAsync_PublishedWorkout_SnapshotsTheTargetAndIsAPersonalRecord()
    {
        var (gym, track, published) = await PublishTodayAsync("Squat and pull-ups");
        var member = await fixture.CreateUserAsync(gym.Tenant.Id, "member1", IdentityConsts.MemberRole);

        var result = await LogAsync(gym.Tenant, member, published.Id, WorkoutDivision.Rx, new ScoreInputDto { Time = "4:12" });

        result.Title.ShouldBe("Squat and pull-ups");
        result.PublishedWorkoutId.ShouldBe(published.Id);
        result.WorkoutId.ShouldBe(published.Workout.WorkoutId);
        result.TrackId.ShouldBe(track.Id);
        result.Date.ShouldBe(Today);
        result.TimeCapSeconds.ShouldBe(900);
        result.Score.Value.ShouldBe(252m);
        result.Score.Display.ShouldBe("4:12");
        result.IsCurrentPersonalRecord.ShouldBeTrue();
    }

    [Fact]
    public async Task CreateAsync_ScaledWithoutScaledLevel_AndTimeAboveCap_AreRefused()
    {
        var (gym, track) = await _scenario.CreateGymWithTrackAsync();
        var rxOnly = await _scenario.AsAdminAsync<IWorkoutAppService, WorkoutDto>(gym.Tenant,
            async s => await s.CreateAsync(await _scenario.NewWorkoutAsync(gym.Tenant, "Rx only", scaled: false)));
        var published = await _scenario.PublishAsync(gym.Tenant, track.Id, Today, rxOnly.Id);
        var member = await fixture.CreateUserAsync(gym.Tenant.Id, "member1", IdentityConsts.MemberRole);

        var scaled = await Should.ThrowAsync<BusinessException>(() => LogAsync(gym.Tenant, member, published.Id, WorkoutDivision.Scaled, new ScoreInputDto { Value = 300m }));
        var aboveCap = await Should.ThrowAsync<BusinessException>(() => LogAsync(gym.Tenant, member, published.Id, WorkoutDivision.Rx, new ScoreInputDto { Time = "15:01" }));
        var capped = await LogAsync(gym.Tenant, member, published.Id, WorkoutDivision.Rx, new ScoreInputDto { Capped = true, Reps = 80 });

        scaled.Code.ShouldBe(ProgramsErrorCodes.ScaledNotAvailable);
        aboveCap.Code.ShouldBe(ProgramsErrorCodes.ScoreAboveTimeCap);
        capped.Score.Display.ShouldBe("CAP + 80");
        capped.IsPersonalRecord.ShouldBeFalse();
    }

    [Fact]
    public async Task GetListAsync_Leaderboard_RanksRxAboveScaledCappedBelowFinishersTiesShared()
    {
        var (gym, track, published) = await PublishTodayAsync("Board");
        var members = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            members.Add(await fixture.CreateUserAsync(gym.Tenant.Id, $"athlete{i}", IdentityConsts.MemberRole));
        }

        await LogAsync(gym.Tenant, members[0], published.Id, WorkoutDivision.Rx, new ScoreInputDto { Time = "5:00" });
        await LogAsync(gym.Tenant, members[0], published.Id, WorkoutDivision.Rx, new ScoreInputDto { Time = "6:00" });
        await LogAsync(gym.Tenant, members[1], published.Id, WorkoutDivision.Rx, new ScoreInputDto { Time = "5:00" });
        await LogAsync(gym.Tenant, members[2], published.Id, WorkoutDivision.Rx, new ScoreInputDto { Capped = true, Reps = 120 });
        await LogAsync(gym.Tenant, members[3], published.Id, WorkoutDivision.Scaled, new ScoreInputDto { Time = "3:00" });
        await LogAsync(gym.Tenant, members[4], published.Id, WorkoutDivision.Rx, new ScoreInputDto { Time = "7:30" });

        var boards = await _scenario.AsMemberAsync<ILeaderboardAppService, IReadOnlyList<LeaderboardDto>>(gym.Tenant, members[3],
            s => s.GetListAsync(new GetLeaderboardListInput { TrackId = track.Id, Date = Today }));
        var scaledOnly = await _scenario.AsMemberAsync<ILeaderboardAppService, IReadOnlyList<LeaderboardDto>>(gym.Tenant, members[3],
            s => s.GetListAsync(new GetLeaderboardListInput { TrackId = track.Id, Date = Today, Division = WorkoutDivision.Scaled }));

        var entries = boards.ShouldHaveSingleItem().Entries;
        entries.Select(e => e.Rank).ShouldBe([1, 1, 3, 4, 5]);
        entries.Take(2).Select(e => e.MemberId).ToHashSet().SetEquals(members.Take(2)).ShouldBeTrue();
        entries.Skip(2).Select(e => e.MemberId).ShouldBe([members[4], members[2], members[3]]);
        entries[0].Score.Value.ShouldBe(300m);
        entries[3].Score.Capped.ShouldBeTrue();
        entries.Select(e => e.MemberName).ShouldAllBe(n => n != null && n.StartsWith("athlete", StringComparison.Ordinal));
        scaledOnly.ShouldHaveSingleItem().Entries.ShouldHaveSingleItem().MemberId.ShouldBe(members[3]);
    }

    [Fact]
    public async Task CompletionReader_And_PersonalRecordLookup_ReadAnAssignmentsResult()
    {
        var (gym, _) = await _scenario.CreateGymWithTrackAsync();
        var workout = await _scenario.CreateWorkoutAsync(gym.Tenant, "Personal plan");
        var member = await fixture.CreateUserAsync(gym.Tenant.Id, "member1", IdentityConsts.MemberRole);
        var assignment = (await _scenario.AsAdminAsync<IWorkoutAssignmentAppService, IReadOnlyList<WorkoutAssignmentDto>>(gym.Tenant, s => s.CreateAsync(
            new CreateWorkoutAssignmentsDto { MemberId = member, WorkoutId = workout.Id, Dates = [Today] }))).ShouldHaveSingleItem();
        var logged = await _scenario.AsMemberAsync<IWorkoutResultAppService, WorkoutResultDto>(gym.Tenant, member, s => s.CreateAsync(new CreateWorkoutResultDto
        {
            AssignmentId = assignment.Id,
            Score = new ScoreInputDto { Time = "9:30" },
            PerformedAt = DateTime.UtcNow.AddMinutes(-5),
        }));

        logged.Score.Value.ShouldBe(570m);
        using (fixture.Services.GetRequiredService<Framework.MultiTenancy.ICurrentTenant>().Change(gym.Tenant.Id))
        {
            await using var scope = fixture.Services.CreateAsyncScope();
            var completed = await scope.ServiceProvider.GetRequiredService<IWorkoutAssignmentCompletionReader>()
                .FindCompletedAsync([assignment.Id, Guid.NewGuid()], TestContext.Current.CancellationToken);
            completed.ShouldBe([assignment.Id]);
            var lookup = scope.ServiceProvider.GetRequiredService<IPersonalRecordLookup>();
            var record = await lookup.FindCurrentAsync(member, workout.Id, null, null, WorkoutDivision.Rx, TestContext.Current.CancellationToken);
            record.ShouldNotBeNull().Value.ShouldBe(570m);
            var byKey = await lookup.GetCurrentByKeyAsync(member, TestContext.Current.CancellationToken);
            byKey.ShouldHaveSingleItem().Key.ShouldBe(WorkoutResult.WorkoutKey(workout.Id, ScoringType.ForTime, WorkoutDivision.Rx));
            byKey.Values.Single().ResultId.ShouldBe(logged.Id);
        }
    }

    private async Task<(Gym Gym, TrackDto Track, PublishedWorkoutDto Published)> PublishTodayAsync(string title)
    {
        var (gym, track) = await _scenario.CreateGymWithTrackAsync();
        var workout = await _scenario.CreateWorkoutAsync(gym.Tenant, title);
        return (gym, track, await _scenario.PublishAsync(gym.Tenant, track.Id, Today, workout.Id));
    }

    private Task<WorkoutResultDto> LogAsync(TestTenant tenant, Guid member, Guid publishedWorkoutId, WorkoutDivision division, ScoreInputDto score) =>
        _scenario.AsMemberAsync<IWorkoutResultAppService, WorkoutResultDto>(tenant, member, s => s.CreateAsync(new CreateWorkoutResultDto
        {
            PublishedWorkoutId = publishedWorkoutId,
            Division = division,
            Score = score,
            PerformedAt = DateTime.UtcNow.AddMinutes(-5),
        }));
}
