using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Identity;
using FitSaaS.Programs;
using FitSaaS.Testing;

namespace FitSaaS.Application.Tests.Programs;

/// <summary>
/// Programming, results and goals together with the real <see cref="IWorkoutResultTargetResolver"/>, personal-record lookup and
/// assignment-completion reader: visibility, assignments, leaderboards over published days and versions, benchmark PR keys,
/// PR goals, the coaching grid and parallel publishing.
/// </summary>
public abstract class ProgramsIntegrationAppServiceTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : ProgramsIntegrationAppServiceTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : ProgramsIntegrationAppServiceTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private readonly ProgrammingScenario _scenario = new(fixture);

    private static DateTime Recently(int minutes = 5) => DateTime.UtcNow.AddMinutes(-minutes);

    [Fact]
    public async Task CreateResult_ForADayNotVisibleYet_IsWorkoutNotPublished()
    {
        var (gym, track) = await _scenario.CreateGymWithTrackAsync();
        var workout = await _scenario.CreateWorkoutAsync(gym.Tenant, "Next week");
        var member = await fixture.CreateUserAsync(gym.Tenant.Id, "early-bird", IdentityConsts.MemberRole);
        var published = await _scenario.PublishAsync(gym.Tenant, track.Id, ProgrammingScenario.TodayUtc.AddDays(7), workout.Id);

        var error = await Should.ThrowAsync<BusinessException>(() => LogAsync(gym.Tenant, member, new CreateWorkoutResultDto
        {
            PublishedWorkoutId = published.Id, Score = new ScoreInputDto { Time = "5:00" }, PerformedAt = Recently(),
        }));

        error.Code.ShouldBe(ProgramsErrorCodes.WorkoutNotPublished);
    }

    [Fact]
    public async Task CreateResult_ForAnotherMembersAssignment_IsAssignmentNotForMember_AndTheGridShowsTheOwnersCompletion()
    {
        var (gym, _) = await _scenario.CreateGymWithTrackAsync();
        var workout = await _scenario.CreateWorkoutAsync(gym.Tenant, "Personal plan");
        var owner = await fixture.CreateUserAsync(gym.Tenant.Id, "owner", IdentityConsts.MemberRole);
        var other = await fixture.CreateUserAsync(gym.Tenant.Id, "other", IdentityConsts.MemberRole);
        var today = ProgrammingScenario.TodayUtc;
        var assignments = await _scenario.AsAdminAsync<IWorkoutAssignmentAppService, IReadOnlyList<WorkoutAssignmentDto>>(gym.Tenant, s => s.CreateAsync(
            new CreateWorkoutAssignmentsDto { MemberId = owner, WorkoutId = workout.Id, Dates = [today, today.AddDays(1)] }));
        var assignment = assignments.Single(a => a.Date == today);

        var error = await Should.ThrowAsync<BusinessException>(() => LogAsync(gym.Tenant, other, new CreateWorkoutResultDto
        {
            AssignmentId = assignment.Id, Score = new ScoreInputDto { Time = "5:00" }, PerformedAt = Recently(),
        }));
        var range = new GetWorkoutAssignmentRangeInput { From = today, To = today.AddDays(1) };
        var before = await _scenario.AsAdminAsync<IWorkoutAssignmentAppService, CoachingGridDto>(gym.Tenant, s => s.GetGridAsync(range));
        var logged = await LogAsync(gym.Tenant, owner, new CreateWorkoutResultDto
        {
            AssignmentId = assignment.Id, Score = new ScoreInputDto { Time = "6:10" }, PerformedAt = Recently(),
        });
        var after = await _scenario.AsAdminAsync<IWorkoutAssignmentAppService, CoachingGridDto>(gym.Tenant, s => s.GetGridAsync(range));

        error.Code.ShouldBe(ProgramsErrorCodes.AssignmentNotForMember);
        logged.AssignmentId.ShouldBe(assignment.Id);
        logged.WorkoutId.ShouldBe(workout.Id);
        logged.Score.Value.ShouldBe(370m);
        before.Rows.ShouldHaveSingleItem().Cells.ShouldAllBe(c => !c.IsCompleted);
        var cells = after.Rows.ShouldHaveSingleItem().Cells;
        after.Rows[0].MemberId.ShouldBe(owner);
        cells.Single(c => c.Date == today).IsCompleted.ShouldBeTrue();
        cells.Single(c => c.Date == today.AddDays(1)).IsCompleted.ShouldBeFalse();
    }

    [Fact]
    public async Task Leaderboard_OfARealPublishedDay_AcrossVersions_RanksRxAboveScaledCappedBelowFinishersTiesShared()
    {
        var (gym, track) = await _scenario.CreateGymWithTrackAsync();
        var workout = await _scenario.CreateWorkoutAsync(gym.Tenant, "Squat and pull");
        var date = ProgrammingScenario.TodayUtc;
        var v1 = await _scenario.PublishAsync(gym.Tenant, track.Id, date, workout.Id);
        var members = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            members.Add(await fixture.CreateUserAsync(gym.Tenant.Id, $"athlete{i}", IdentityConsts.MemberRole));
        }

        await LogPublishedAsync(gym.Tenant, members[0], v1.Id, WorkoutDivision.Rx, new ScoreInputDto { Time = "5:00" });
        await LogPublishedAsync(gym.Tenant, members[1], v1.Id, WorkoutDivision.Rx, new ScoreInputDto { Time = "5:00" });
        await LogPublishedAsync(gym.Tenant, members[2], v1.Id, WorkoutDivision.Rx, new ScoreInputDto { Capped = true, Reps = 120 });

        // The coach edits the workout and republishes the day: version 2; version 1 and its results stay.
        var edit = await _scenario.NewWorkoutAsync(gym.Tenant, "Squat and pull (edited)");
        await _scenario.AsAdminAsync<IWorkoutAppService, WorkoutDto>(gym.Tenant, s => s.UpdateAsync(workout.Id, new UpdateWorkoutDto
        {
            Title = edit.Title, Description = edit.Description, Sections = edit.Sections, ScoringType = ScoringType.ForTime, TimeCapSeconds = 1200,
        }));
        var v2 = await _scenario.PublishAsync(gym.Tenant, track.Id, date, workout.Id);
        var late = await LogPublishedAsync(gym.Tenant, members[4], v2.Id, WorkoutDivision.Rx, new ScoreInputDto { Time = "16:30" });
        await LogPublishedAsync(gym.Tenant, members[3], v2.Id, WorkoutDivision.Scaled, new ScoreInputDto { Time = "3:00" });

        var byPublished = await _scenario.AsMemberAsync<ILeaderboardAppService, IReadOnlyList<LeaderboardDto>>(gym.Tenant, members[3],
            s => s.GetListAsync(new GetLeaderboardListInput { PublishedWorkoutId = v1.Id }));
        var byDay = await _scenario.AsMemberAsync<ILeaderboardAppService, IReadOnlyList<LeaderboardDto>>(gym.Tenant, members[3],
            s => s.GetListAsync(new GetLeaderboardListInput { TrackId = track.Id, Date = date }));
        var versions = await _scenario.AsAdminAsync<ITrackAppService, IReadOnlyList<PublishedWorkoutDto>>(gym.Tenant,
            s => s.GetVersionsAsync(track.Id, new GetTrackVersionsInput { Date = date }));

        v2.PublishedVersion.ShouldBe(2);
        late.WorkoutVersion.ShouldBe(2);
        late.TimeCapSeconds.ShouldBe(1200);
        foreach (var board in new[] { byPublished, byDay })
        {
            var entries = board.ShouldHaveSingleItem().Entries;
            entries.Select(e => e.Rank).ShouldBe([1, 1, 3, 4, 5]);
            entries.Take(2).Select(e => e.MemberId).ToHashSet().SetEquals(members.Take(2)).ShouldBeTrue();
            entries.Skip(2).Select(e => e.MemberId).ShouldBe([members[4], members[2], members[3]]);
            entries[3].Score.Capped.ShouldBeTrue();
            entries[4].Division.ShouldBe(WorkoutDivision.Scaled);
            board[0].TrackId.ShouldBe(track.Id);
            board[0].Date.ShouldBe(date);
        }

        versions.Select(v => v.PublishedVersion).ShouldBe([1, 2]);
        versions[0].Id.ShouldBe(v1.Id);
        versions[0].Workout.Title.ShouldBe("Squat and pull");
        versions[0].Workout.TimeCapSeconds.ShouldBe(900);
        versions[0].Workout.WorkoutVersion.ShouldBe(v1.Workout.WorkoutVersion);
        versions[1].Workout.Title.ShouldBe("Squat and pull (edited)");
    }

    [Fact]
    public async Task BenchmarkCopy_PublishedAndLogged_CountsTowardTheBenchmarksRecord_AndAForTimeGoalShowsProgress()
    {
        var (gym, track) = await _scenario.CreateGymWithTrackAsync();
        var member = await fixture.CreateUserAsync(gym.Tenant.Id, "fran-fan", IdentityConsts.MemberRole);
        var fran = await FranAsync(gym.Tenant);
        var copy = await _scenario.AsAdminAsync<IWorkoutAppService, WorkoutDto>(gym.Tenant, s => s.CopyAsync(fran.Id, new CopyWorkoutDto { Title = "Fran (our way)" }));
        var date = ProgrammingScenario.TodayUtc;
        var day = await _scenario.PublishAsync(gym.Tenant, track.Id, date, copy.Id);

        var direct = await LogAsync(gym.Tenant, member, new CreateWorkoutResultDto
        {
            WorkoutId = fran.Id, Score = new ScoreInputDto { Time = "5:00" }, PerformedAt = Recently(60 * 24 * 3),
        });
        var goal = await _scenario.AsMemberAsync<IGoalAppService, GoalDto>(gym.Tenant, member, s => s.CreateAsync(new CreateGoalDto
        {
            Kind = GoalKind.PersonalRecord, WorkoutId = fran.Id, ScoringType = ScoringType.ForTime, Division = WorkoutDivision.Rx,
            TargetValue = 240m, DueDate = date.AddDays(60), Title = "Sub-4 Fran",
        }));
        var viaDay = await LogPublishedAsync(gym.Tenant, member, day.Id, WorkoutDivision.Rx, new ScoreInputDto { Time = "4:30" });
        var halfway = await _scenario.AsMemberAsync<IGoalAppService, GoalDto>(gym.Tenant, member, s => s.GetAsync(goal.Id));
        var best = await LogAsync(gym.Tenant, member, new CreateWorkoutResultDto
        {
            WorkoutId = copy.Id, Score = new ScoreInputDto { Time = "3:50" }, PerformedAt = Recently(2),
        });
        var reached = await _scenario.AsMemberAsync<IGoalAppService, GoalDto>(gym.Tenant, member, s => s.GetAsync(goal.Id));
        var history = await _scenario.AsMemberAsync<IPersonalRecordAppService, IReadOnlyList<WorkoutResultDto>>(gym.Tenant, member,
            s => s.GetHistoryAsync(new GetPersonalRecordHistoryInput { WorkoutId = fran.Id, ScoringType = ScoringType.ForTime, Division = WorkoutDivision.Rx }));

        copy.BenchmarkWorkoutId.ShouldBe(fran.Id);
        direct.PersonalRecordWorkoutId.ShouldBe(fran.Id);
        viaDay.PersonalRecordWorkoutId.ShouldBe(fran.Id);
        best.PersonalRecordWorkoutId.ShouldBe(fran.Id);
        viaDay.IsPersonalRecord.ShouldBeTrue();
        best.IsCurrentPersonalRecord.ShouldBeTrue();
        history.Select(r => r.Id).ShouldBe([direct.Id, viaDay.Id, best.Id]);
        history.Select(r => r.IsCurrentPersonalRecord).ShouldBe([false, false, true]);
        goal.StartValue.ShouldBe(300m);
        goal.Direction.ShouldBe(GoalDirection.Decrease);
        halfway.CurrentValue.ShouldBe(270m);
        halfway.PercentComplete.ShouldBe(50m);
        halfway.IsAchieved.ShouldBeFalse();
        halfway.Status.ShouldBe(GoalStatus.Active);
        reached.CurrentValue.ShouldBe(230m);
        reached.PercentComplete.ShouldBe(100m);
        reached.IsAchieved.ShouldBeTrue();
        reached.AchievedAt.ShouldBe(best.PerformedAt);
        reached.Status.ShouldBe(GoalStatus.Achieved);
    }

    [Fact]
    public async Task LiftGoal_OneRepMax_ShowsProgressFromTheMembersLiftResults()
    {
        var (gym, _) = await _scenario.CreateGymWithTrackAsync();
        var member = await fixture.CreateUserAsync(gym.Tenant.Id, "lifter", IdentityConsts.MemberRole);
        var squat = await _scenario.ExerciseIdAsync(gym.Tenant, "Barbell Squat");
        await LiftAsync(gym.Tenant, member, squat, 1, 100m, Recently(60 * 24 * 7));
        await LiftAsync(gym.Tenant, member, squat, 3, 130m, Recently(60 * 24 * 6));
        var goal = await _scenario.AsMemberAsync<IGoalAppService, GoalDto>(gym.Tenant, member, s => s.CreateAsync(new CreateGoalDto
        {
            Kind = GoalKind.PersonalRecord, ExerciseId = squat, RepMax = 1, Division = WorkoutDivision.Rx,
            TargetValue = 140m, DueDate = ProgrammingScenario.TodayUtc.AddDays(90),
        }));

        await LiftAsync(gym.Tenant, member, squat, 1, 120m, Recently(60));
        var halfway = await _scenario.AsMemberAsync<IGoalAppService, GoalDto>(gym.Tenant, member, s => s.GetAsync(goal.Id));
        var pr = await LiftAsync(gym.Tenant, member, squat, 1, 142.5m, Recently(10));
        var reached = await _scenario.AsMemberAsync<IGoalAppService, GoalDto>(gym.Tenant, member, s => s.GetAsync(goal.Id));

        goal.StartValue.ShouldBe(100m);
        goal.Direction.ShouldBe(GoalDirection.Increase);
        halfway.CurrentValue.ShouldBe(120m);
        halfway.PercentComplete.ShouldBe(50m);
        halfway.IsAchieved.ShouldBeFalse();
        pr.IsCurrentPersonalRecord.ShouldBeTrue();
        reached.CurrentValue.ShouldBe(142.5m);
        reached.PercentComplete.ShouldBe(100m);
        reached.IsAchieved.ShouldBeTrue();
        reached.AchievedAt.ShouldBe(pr.PerformedAt);
    }

    [Fact]
    public async Task PublishAsync_TwoAtOnceForOneDate_BothSucceedAsVersionsOneAndTwo()
    {
        var (gym, track) = await _scenario.CreateGymWithTrackAsync();
        var first = await _scenario.CreateWorkoutAsync(gym.Tenant, "First");
        var second = await _scenario.CreateWorkoutAsync(gym.Tenant, "Second");
        var date = ProgrammingScenario.TodayUtc.AddDays(5);

        using var start = new ManualResetEventSlim(false);
        var tasks = new[] { first.Id, second.Id }.Select(id => Task.Run(async () =>
        {
            start.Wait();
            return await _scenario.PublishAsync(gym.Tenant, track.Id, date, id);
        })).ToList();
        start.Set();
        var published = await Task.WhenAll(tasks);

        published.Select(p => p.PublishedVersion).Order().ShouldBe([1, 2]);
        var versions = await _scenario.AsAdminAsync<ITrackAppService, IReadOnlyList<PublishedWorkoutDto>>(gym.Tenant,
            s => s.GetVersionsAsync(track.Id, new GetTrackVersionsInput { Date = date }));
        versions.Select(v => v.PublishedVersion).ShouldBe([1, 2]);
        versions.Select(v => v.Id).ToHashSet().SetEquals(published.Select(p => p.Id)).ShouldBeTrue();
        var days = await _scenario.AsAdminAsync<ITrackAppService, IReadOnlyList<PublishedWorkoutDto>>(gym.Tenant,
            s => s.GetDaysAsync(track.Id, new GetTrackDaysInput { From = date, To = date }));
        days.ShouldHaveSingleItem().PublishedVersion.ShouldBe(2);
    }

    private async Task<WorkoutDto> FranAsync(TestTenant tenant)
    {
        var page = await _scenario.AsAdminAsync<IWorkoutAppService, PagedResultDto<WorkoutDto>>(tenant, s => s.GetListAsync(
            new GetWorkoutListInput { Filter = "Fran", IsBenchmark = true, MaxResultCount = 50 }));
        return page.Items.First(w => w.Title == "Fran");
    }

    private Task<WorkoutResultDto> LogAsync(TestTenant tenant, Guid member, CreateWorkoutResultDto input) =>
        _scenario.AsMemberAsync<IWorkoutResultAppService, WorkoutResultDto>(tenant, member, s => s.CreateAsync(input));

    private Task<WorkoutResultDto> LogPublishedAsync(TestTenant tenant, Guid member, Guid publishedWorkoutId, WorkoutDivision division, ScoreInputDto score) =>
        LogAsync(tenant, member, new CreateWorkoutResultDto { PublishedWorkoutId = publishedWorkoutId, Division = division, Score = score, PerformedAt = Recently() });

    private Task<WorkoutResultDto> LiftAsync(TestTenant tenant, Guid member, Guid exerciseId, int repMax, decimal kg, DateTime performedAt) =>
        LogAsync(tenant, member, new CreateWorkoutResultDto
        {
            ExerciseId = exerciseId, RepMax = repMax, Division = WorkoutDivision.Rx, Score = new ScoreInputDto { Value = kg }, PerformedAt = performedAt,
        });
}
