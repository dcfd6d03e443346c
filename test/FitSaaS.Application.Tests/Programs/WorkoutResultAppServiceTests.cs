using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Uow;
using FitSaaS.Identity;
using FitSaaS.Programs;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Programs;

/// <summary>Lift results (exercise + rep max, global library exercises): PRs, recompute, permissions, isolation, concurrency.</summary>
public abstract class WorkoutResultAppServiceTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : WorkoutResultAppServiceTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : WorkoutResultAppServiceTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private static readonly DateTime s_today = DateTime.UtcNow.Date;

    [Fact]
    public async Task CreateAsync_BetterLift_IsTheNewCurrentRecordAndTheOldStaysInHistory()
    {
        var (tenant, member) = await MemberAsync();
        var squat = await GlobalExerciseIdAsync("Barbell_Squat");

        var first = await LogLiftAsync(tenant, member, squat, 3, 100m, s_today.AddDays(-10));
        var worse = await LogLiftAsync(tenant, member, squat, 3, 95m, s_today.AddDays(-5));
        var better = await LogLiftAsync(tenant, member, squat, 3, 231m, s_today.AddDays(-1), ScoreUnit.Pounds);

        first.IsPersonalRecord.ShouldBeTrue();
        first.IsCurrentPersonalRecord.ShouldBeTrue();
        worse.IsPersonalRecord.ShouldBeFalse();
        better.IsCurrentPersonalRecord.ShouldBeTrue();
        better.Score.Value.ShouldBe(231m * WorkoutScore.KilogramsPerPound);
        better.Score.DisplayUnit.ShouldBe(ScoreUnit.Pounds);
        better.Score.Display.ShouldBe("231 lb");
        better.Title.ShouldEndWith(" 3RM");
        better.ScoringType.ShouldBe(ScoringType.Load);
        (await GetResultAsync(tenant, member, first.Id)).IsCurrentPersonalRecord.ShouldBeFalse();
        var history = await AsAsync<IPersonalRecordAppService, IReadOnlyList<WorkoutResultDto>>(tenant.Id, member, IdentityConsts.MemberRole,
            s => s.GetHistoryAsync(new GetPersonalRecordHistoryInput { ExerciseId = squat, RepMax = 3 }));
        history.Select(r => r.Id).ShouldBe([first.Id, better.Id]);
    }

    [Fact]
    public async Task CreateAsync_BackDatedBetterResult_MovesThePersonalRecordHistory()
    {
        var (tenant, member) = await MemberAsync();
        var deadlift = await GlobalExerciseIdAsync("Barbell_Deadlift");
        var a = await LogLiftAsync(tenant, member, deadlift, 1, 150m, s_today.AddDays(-3));
        var b = await LogLiftAsync(tenant, member, deadlift, 1, 160m, s_today.AddDays(-1));

        var backDated = await LogLiftAsync(tenant, member, deadlift, 1, 170m, s_today.AddDays(-30));

        backDated.IsPersonalRecord.ShouldBeTrue();
        backDated.IsCurrentPersonalRecord.ShouldBeTrue();
        (await GetResultAsync(tenant, member, a.Id)).IsPersonalRecord.ShouldBeFalse();
        (await GetResultAsync(tenant, member, b.Id)).IsPersonalRecord.ShouldBeFalse();
        var records = await AsAsync<IPersonalRecordAppService, IReadOnlyList<WorkoutResultDto>>(tenant.Id, member, IdentityConsts.MemberRole,
            s => s.GetListAsync(new GetPersonalRecordListInput()));
        records.ShouldHaveSingleItem().Id.ShouldBe(backDated.Id);
    }

    [Fact]
    public async Task UpdateAndDeleteAsync_RecomputeTheKey()
    {
        var (tenant, member) = await MemberAsync();
        var bench = await GlobalExerciseIdAsync("Barbell_Bench_Press_-_Medium_Grip");
        var a = await LogLiftAsync(tenant, member, bench, 5, 80m, s_today.AddDays(-9));
        var b = await LogLiftAsync(tenant, member, bench, 5, 85m, s_today.AddDays(-5));
        var c = await LogLiftAsync(tenant, member, bench, 5, 82m, s_today.AddDays(-2));

        var edited = await AsAsync<IWorkoutResultAppService, WorkoutResultDto>(tenant.Id, member, IdentityConsts.MemberRole, s => s.UpdateAsync(b.Id, new UpdateWorkoutResultDto
        {
            Score = new ScoreInputDto { Value = 79m },
            PerformedAt = s_today.AddDays(-5),
            Notes = "misread the plates",
        }));

        edited.IsPersonalRecord.ShouldBeFalse();
        edited.Notes.ShouldBe("misread the plates");
        (await GetResultAsync(tenant, member, c.Id)).IsCurrentPersonalRecord.ShouldBeTrue();
        (await GetResultAsync(tenant, member, a.Id)).IsPersonalRecord.ShouldBeTrue();

        await AsAsync<IWorkoutResultAppService, bool>(tenant.Id, member, IdentityConsts.MemberRole, async s =>
        {
            await s.DeleteAsync(c.Id);
            return true;
        });

        (await GetResultAsync(tenant, member, a.Id)).IsCurrentPersonalRecord.ShouldBeTrue();
        await Should.ThrowAsync<EntityNotFoundException>(() => GetResultAsync(tenant, member, c.Id));
        var page = await AsAsync<IWorkoutResultAppService, Framework.Application.PagedResultDto<WorkoutResultDto>>(tenant.Id, member, IdentityConsts.MemberRole,
            s => s.GetListAsync(new GetWorkoutResultListInput { MaxResultCount = 1 }));
        page.TotalCount.ShouldBe(2);
        page.Items.ShouldHaveSingleItem().Id.ShouldBe(b.Id);
    }

    [Fact]
    public async Task CreateAsync_OneAndThreeRepMax_AreSeparateKeysAndTheLookupReadsThem()
    {
        var (tenant, member) = await MemberAsync();
        var squat = await GlobalExerciseIdAsync("Barbell_Squat");

        var oneRm = await LogLiftAsync(tenant, member, squat, 1, 140m, s_today.AddDays(-2));
        var threeRm = await LogLiftAsync(tenant, member, squat, 3, 120m, s_today.AddDays(-1));

        oneRm.IsCurrentPersonalRecord.ShouldBeTrue();
        threeRm.IsCurrentPersonalRecord.ShouldBeTrue();
        using (fixture.Services.GetRequiredService<Framework.MultiTenancy.ICurrentTenant>().Change(tenant.Id))
        {
            await using var scope = fixture.Services.CreateAsyncScope();
            await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync(cancellationToken: TestContext.Current.CancellationToken);
            var record = await scope.ServiceProvider.GetRequiredService<IPersonalRecordLookup>()
                .FindCurrentAsync(member, null, squat, 3, WorkoutDivision.Rx, TestContext.Current.CancellationToken);
            record.ShouldNotBeNull().ResultId.ShouldBe(threeRm.Id);
            record.Value.ShouldBe(120m);
            (await scope.ServiceProvider.GetRequiredService<IPersonalRecordLookup>()
                .FindCurrentAsync(member, null, squat, 5, WorkoutDivision.Rx, TestContext.Current.CancellationToken)).ShouldBeNull();
        }
    }

    [Fact]
    public async Task CreateAsync_ParallelResultsOfOneKey_LeaveExactlyOneCurrentRecord()
    {
        var (tenant, member) = await MemberAsync();
        var clean = await GlobalExerciseIdAsync("Clean_and_Jerk");
        var loads = Enumerable.Range(0, 12).Select(i => 60m + ((i * 7) % 12)).ToList();

        using var start = new ManualResetEventSlim(false);
        var tasks = loads.Select((load, i) => Task.Run(async () =>
        {
            start.Wait();
            return await LogLiftAsync(tenant, member, clean, 1, load, s_today.AddHours(-i - 1));
        })).ToList();
        start.Set();
        await Task.WhenAll(tasks);

        var all = await AsAsync<IWorkoutResultAppService, Framework.Application.PagedResultDto<WorkoutResultDto>>(tenant.Id, member, IdentityConsts.MemberRole,
            s => s.GetListAsync(new GetWorkoutResultListInput { MaxResultCount = 100 }));
        all.TotalCount.ShouldBe(12);
        var current = all.Items.Where(r => r.IsCurrentPersonalRecord).ToList();
        current.ShouldHaveSingleItem().Score.Value.ShouldBe(loads.Max());

        // The flags are those of the results logged one by one in performed-at order.
        var expected = PersonalRecordChain.Compute(all.Items.Select(r => new PersonalRecordCandidate(
            r.Id, r.PerformedAt, r.LoggedAt, WorkoutScore.Create(ScoringType.Load, null, new ScoreEntry(r.Score.Value, null, null, null, null, false)))));
        all.Items.ShouldAllBe(r => expected[r.Id].IsPersonalRecord == r.IsPersonalRecord && expected[r.Id].IsCurrentPersonalRecord == r.IsCurrentPersonalRecord);
    }

    [Fact]
    public async Task CreateAsync_StaffForAMember_IsLoggedByStaffAndTheMemberSeesIt()
    {
        var (tenant, member) = await MemberAsync();
        var coach = await fixture.CreateUserAsync(tenant.Id, "coach1", IdentityConsts.StaffRole);
        var squat = await GlobalExerciseIdAsync("Barbell_Squat");

        var logged = await AsAsync<IWorkoutResultAppService, WorkoutResultDto>(tenant.Id, coach, IdentityConsts.StaffRole, s => s.CreateAsync(new CreateWorkoutResultDto
        {
            MemberId = member,
            ExerciseId = squat,
            RepMax = 1,
            Score = new ScoreInputDto { Value = 100m },
            PerformedAt = s_today.AddHours(-1),
        }));

        logged.MemberId.ShouldBe(member);
        logged.LoggedByUserId.ShouldBe(coach);
        (await GetResultAsync(tenant, member, logged.Id)).IsCurrentPersonalRecord.ShouldBeTrue();
        var records = await AsAsync<IPersonalRecordAppService, IReadOnlyList<WorkoutResultDto>>(tenant.Id, coach, IdentityConsts.StaffRole,
            s => s.GetListAsync(new GetPersonalRecordListInput { MemberId = member }));
        records.ShouldHaveSingleItem().Id.ShouldBe(logged.Id);
    }

    [Fact]
    public async Task Members_CannotLogForOrReadAnotherMember()
    {
        var (tenant, member) = await MemberAsync();
        var other = await fixture.CreateUserAsync(tenant.Id, "other", IdentityConsts.MemberRole);
        var squat = await GlobalExerciseIdAsync("Barbell_Squat");
        var mine = await LogLiftAsync(tenant, member, squat, 1, 100m, s_today.AddHours(-1));

        await Should.ThrowAsync<AuthorizationException>(() => AsAsync<IWorkoutResultAppService, WorkoutResultDto>(tenant.Id, other, IdentityConsts.MemberRole,
            s => s.CreateAsync(new CreateWorkoutResultDto { MemberId = member, ExerciseId = squat, RepMax = 1, Score = new ScoreInputDto { Value = 1m }, PerformedAt = s_today })));
        await Should.ThrowAsync<EntityNotFoundException>(() => GetResultAsync(tenant, other, mine.Id));
        await Should.ThrowAsync<EntityNotFoundException>(() => AsAsync<IWorkoutResultAppService, WorkoutResultDto>(tenant.Id, other, IdentityConsts.MemberRole,
            s => s.UpdateAsync(mine.Id, new UpdateWorkoutResultDto { Score = new ScoreInputDto { Value = 1m }, PerformedAt = s_today })));
        await Should.ThrowAsync<AuthorizationException>(() => AsAsync<IPersonalRecordAppService, IReadOnlyList<WorkoutResultDto>>(tenant.Id, other, IdentityConsts.MemberRole,
            s => s.GetListAsync(new GetPersonalRecordListInput { MemberId = member })));
        await Should.ThrowAsync<AuthorizationException>(() => AsAsync<IWorkoutResultAppService, Framework.Application.PagedResultDto<WorkoutResultDto>>(tenant.Id, other, IdentityConsts.MemberRole,
            s => s.GetListAsync(new GetWorkoutResultListInput { MemberId = member })));
    }

    [Fact]
    public async Task GetAsync_AnotherTenantsResult_IsNotFound()
    {
        var (tenant, member) = await MemberAsync();
        var other = await fixture.CreateTenantAsync();
        var squat = await GlobalExerciseIdAsync("Barbell_Squat");
        var result = await LogLiftAsync(tenant, member, squat, 1, 100m, s_today.AddHours(-1));

        await Should.ThrowAsync<EntityNotFoundException>(() => AsAsync<IWorkoutResultAppService, WorkoutResultDto>(other.Id, other.AdminUserId, IdentityConsts.AdminRole,
            s => s.GetAsync(result.Id)));
        await Should.ThrowAsync<EntityNotFoundException>(() => AsAsync<IWorkoutResultAppService, bool>(other.Id, other.AdminUserId, IdentityConsts.AdminRole, async s =>
        {
            await s.DeleteAsync(result.Id);
            return true;
        }));
        var theirRecords = await AsAsync<IPersonalRecordAppService, IReadOnlyList<WorkoutResultDto>>(other.Id, other.AdminUserId, IdentityConsts.AdminRole,
            s => s.GetListAsync(new GetPersonalRecordListInput { MemberId = member }));
        theirRecords.ShouldBeEmpty();
    }

    [Fact]
    public async Task CreateAsync_BadScores_ThrowTheirCodes()
    {
        var (tenant, member) = await MemberAsync();
        var squat = await GlobalExerciseIdAsync("Barbell_Squat");

        async Task<string> CodeOf(CreateWorkoutResultDto input) =>
            (await Should.ThrowAsync<BusinessException>(() => AsAsync<IWorkoutResultAppService, WorkoutResultDto>(tenant.Id, member, IdentityConsts.MemberRole, s => s.CreateAsync(input)))).Code;

        (await CodeOf(new() { ExerciseId = squat, RepMax = 1, Score = new ScoreInputDto { Value = -5m }, PerformedAt = s_today })).ShouldBe(ProgramsErrorCodes.NegativeScore);
        (await CodeOf(new() { ExerciseId = squat, RepMax = 1, Score = new ScoreInputDto { Time = "3:00" }, PerformedAt = s_today })).ShouldBe(ProgramsErrorCodes.InvalidScore);
        (await CodeOf(new() { ExerciseId = squat, RepMax = 1, Score = new ScoreInputDto { Value = 5m, Unit = ScoreUnit.Miles }, PerformedAt = s_today })).ShouldBe(ProgramsErrorCodes.InvalidScore);
        (await CodeOf(new() { ExerciseId = squat, RepMax = 1, Score = new ScoreInputDto { Value = 5m }, PerformedAt = DateTime.UtcNow.AddDays(2) })).ShouldBe(ProgramsErrorCodes.PerformedAtInFuture);
    }

    [Fact]
    public async Task GetListAsync_LeaderboardOfAnUnknownPublishedWorkout_IsNotFound()
    {
        var (tenant, member) = await MemberAsync();

        await Should.ThrowAsync<EntityNotFoundException>(() => AsAsync<ILeaderboardAppService, IReadOnlyList<LeaderboardDto>>(tenant.Id, member,
            IdentityConsts.MemberRole, s => s.GetListAsync(new GetLeaderboardListInput { PublishedWorkoutId = Guid.NewGuid() })));
    }

    private async Task<(TestTenant Tenant, Guid Member)> MemberAsync()
    {
        var tenant = await fixture.CreateTenantAsync();
        var member = await fixture.CreateUserAsync(tenant.Id, "member1", IdentityConsts.MemberRole);
        return (tenant, member);
    }

    private Task<WorkoutResultDto> LogLiftAsync(TestTenant tenant, Guid member, Guid exerciseId, int repMax, decimal load, DateTime performedAt, ScoreUnit? unit = null) =>
        AsAsync<IWorkoutResultAppService, WorkoutResultDto>(tenant.Id, member, IdentityConsts.MemberRole, s => s.CreateAsync(new CreateWorkoutResultDto
        {
            ExerciseId = exerciseId,
            RepMax = repMax,
            Score = new ScoreInputDto { Value = load, Unit = unit },
            PerformedAt = performedAt,
        }));

    private Task<WorkoutResultDto> GetResultAsync(TestTenant tenant, Guid member, Guid id) =>
        AsAsync<IWorkoutResultAppService, WorkoutResultDto>(tenant.Id, member, IdentityConsts.MemberRole, s => s.GetAsync(id));

    private async Task<Guid> GlobalExerciseIdAsync(string sourceId)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var repository = scope.ServiceProvider.GetRequiredService<IExerciseRepository>();
        var page = await repository.GetListAsync(new ExerciseSearch { Text = sourceId.Replace('_', ' ').Split(' ')[^1], OnlyCustom = false }, ExerciseSortField.Name, descending: false, 0, 1000,
            TestContext.Current.CancellationToken);
        return page.Single(e => e.SourceId == sourceId).Id;
    }

    private async Task<T> AsAsync<TService, T>(Guid? tenantId, Guid userId, string role, Func<TService, Task<T>> action)
        where TService : notnull
    {
        using var _ = fixture.RunAs(tenantId, userId, "test-user", role);
        await using var scope = fixture.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
