using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Identity;
using FitSaaS.Programs;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Programs;

public abstract class GoalAppServiceTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : GoalAppServiceTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : GoalAppServiceTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private static readonly Guid s_weight = BuiltInBodyMetrics.BodyWeight.Id;

    private static DateOnly InAMonth => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);

    [Fact]
    public async Task BodyWeightGoal_LosingWeight_ShowsProgressThenAchievement()
    {
        var gym = await NewGymAsync();
        await LogWeightAsync(gym, gym.MemberA, 90m, DateTime.UtcNow.AddDays(-1));

        var goal = await AsMemberAAsync(gym, s => s.CreateAsync(new CreateGoalDto
        {
            Kind = GoalKind.BodyMetric, MetricId = s_weight, TargetValue = 176.37m, TargetUnit = BodyMetricUnit.Pound, DueDate = InAMonth, Title = "Cut",
        }));

        goal.Status.ShouldBe(GoalStatus.Active);
        goal.Direction.ShouldBe(GoalDirection.Decrease);
        goal.StartValue.ShouldBe(90m);
        goal.TargetValue.ShouldBe(80.0000862969m);
        goal.TargetDisplayValue.ShouldBe(176.37m);
        goal.PercentComplete.ShouldBe(0m);
        goal.CurrentValue.ShouldBe(90m);

        await LogWeightAsync(gym, gym.MemberA, 85m, DateTime.UtcNow);
        var halfway = await AsMemberAAsync(gym, s => s.GetAsync(goal.Id));
        halfway.PercentComplete.ShouldBe(50m);
        halfway.CurrentValue.ShouldBe(85m);
        halfway.IsAchieved.ShouldBeFalse();

        var reached = await LogWeightAsync(gym, gym.MemberA, 79.9m, DateTime.UtcNow);
        await LogWeightAsync(gym, gym.MemberA, 81m, DateTime.UtcNow);
        var done = await AsMemberAAsync(gym, s => s.GetAsync(goal.Id));
        done.Status.ShouldBe(GoalStatus.Achieved);
        done.IsAchieved.ShouldBeTrue();
        done.AchievedAt.ShouldBe(reached.MeasuredAt);
        done.PercentComplete.ShouldBe(100m);
        done.CurrentValue.ShouldBe(81m);
        done.IsOverdue.ShouldBeFalse();

        var achieved = await AsMemberAAsync(gym, s => s.GetListAsync(new GetGoalListInput { Status = GoalStatus.Achieved }));
        var active = await AsMemberAAsync(gym, s => s.GetListAsync(new GetGoalListInput { Status = GoalStatus.Active }));
        achieved.Items.ShouldHaveSingleItem().Id.ShouldBe(goal.Id);
        active.TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task GetListAsync_SeveralGoalsOfBothKinds_EachShowsItsOwnProgress()
    {
        var gym = await NewGymAsync();
        var squat = await GlobalExerciseIdAsync(gym, "Barbell Squat");
        await LogWeightAsync(gym, gym.MemberA, 90m, DateTime.UtcNow.AddDays(-2));
        await LogWeightAsync(gym, gym.MemberB, 70m, DateTime.UtcNow.AddDays(-2));
        var early = await AsMemberAAsync(gym, s => s.CreateAsync(new CreateGoalDto
        {
            Kind = GoalKind.BodyMetric, MetricId = s_weight, TargetValue = 80m, TargetUnit = BodyMetricUnit.Kilogram, DueDate = InAMonth,
        }));
        await LogWeightAsync(gym, gym.MemberA, 85m, DateTime.UtcNow.AddDays(-1));
        var later = await AsMemberAAsync(gym, s => s.CreateAsync(new CreateGoalDto
        {
            Kind = GoalKind.BodyMetric, MetricId = s_weight, TargetValue = 84m, TargetUnit = BodyMetricUnit.Kilogram, DueDate = InAMonth,
        }));
        var fat = await AsMemberAAsync(gym, s => s.CreateAsync(new CreateGoalDto
        {
            Kind = GoalKind.BodyMetric, MetricId = BuiltInBodyMetrics.BodyFat.Id, TargetValue = 15m, TargetUnit = BodyMetricUnit.Percent,
            Direction = GoalDirection.Decrease, DueDate = InAMonth,
        }));
        var lift = await AsMemberAAsync(gym, s => s.CreateAsync(new CreateGoalDto
        {
            Kind = GoalKind.PersonalRecord, ExerciseId = squat, RepMax = 1, TargetValue = 140m, DueDate = InAMonth,
        }));
        await LogWeightAsync(gym, gym.MemberA, 84.5m, DateTime.UtcNow);
        await LogWeightAsync(gym, gym.MemberB, 60m, DateTime.UtcNow);

        var list = (await AsMemberAAsync(gym, s => s.GetListAsync(new GetGoalListInput()))).Items.ToDictionary(g => g.Id);

        list.Keys.ShouldBe([early.Id, later.Id, fat.Id, lift.Id], ignoreOrder: true);
        (list[early.Id].StartValue, list[early.Id].CurrentValue, list[early.Id].PercentComplete).ShouldBe((90m, 84.5m, 55m));
        (list[later.Id].StartValue, list[later.Id].CurrentValue, list[later.Id].PercentComplete).ShouldBe((85m, 84.5m, 50m));
        (list[fat.Id].CurrentValue, list[fat.Id].PercentComplete).ShouldBe((null, null));
        (list[lift.Id].CurrentValue, list[lift.Id].PercentComplete, list[lift.Id].IsAchieved).ShouldBe((null, null, false));
        list.Values.ShouldAllBe(g => g.Status == GoalStatus.Active);
    }

    [Fact]
    public async Task CoachSetsAGoalForAMember_MemberSeesIt_AnotherMemberCannot()
    {
        var gym = await NewGymAsync();

        var goal = await AsAsync(gym.Tenant.Id, gym.Coach, IdentityConsts.StaffRole, s => s.CreateAsync(new CreateGoalDto
        {
            Kind = GoalKind.BodyMetric, MetricId = BuiltInBodyMetrics.BodyFat.Id, TargetValue = 15m, DueDate = InAMonth, MemberId = gym.MemberA,
        }));

        goal.MemberId.ShouldBe(gym.MemberA);
        goal.Direction.ShouldBe(GoalDirection.Decrease);
        goal.StartValue.ShouldBeNull();
        goal.PercentComplete.ShouldBeNull();
        (await AsMemberAAsync(gym, s => s.GetListAsync(new GetGoalListInput()))).Items.ShouldHaveSingleItem().Id.ShouldBe(goal.Id);
        (await AsAsync(gym.Tenant.Id, gym.Coach, IdentityConsts.StaffRole, s => s.GetListAsync(new GetGoalListInput { MemberId = gym.MemberA }))).TotalCount.ShouldBe(1);
        await Should.ThrowAsync<EntityNotFoundException>(() => AsAsync(gym.Tenant.Id, gym.MemberB, IdentityConsts.MemberRole, s => s.GetAsync(goal.Id)));
        await Should.ThrowAsync<EntityNotFoundException>(() => AsAsync(gym.Tenant.Id, gym.MemberB, IdentityConsts.MemberRole, s => s.AbandonAsync(goal.Id)));
        var list = await Should.ThrowAsync<AuthorizationException>(() => AsAsync(gym.Tenant.Id, gym.MemberB, IdentityConsts.MemberRole, s => s.GetListAsync(
            new GetGoalListInput { MemberId = gym.MemberA })));
        list.PermissionName.ShouldBe(ProgramsPermissions.Goals.ManageForMembers);
        var forOther = await Should.ThrowAsync<AuthorizationException>(() => AsAsync(gym.Tenant.Id, gym.MemberB, IdentityConsts.MemberRole, s => s.CreateAsync(new CreateGoalDto
        {
            Kind = GoalKind.BodyMetric, MetricId = s_weight, TargetValue = 60m, DueDate = InAMonth, Direction = GoalDirection.Decrease, MemberId = gym.MemberA,
        })));
        forOther.PermissionName.ShouldBe(ProgramsPermissions.Goals.ManageForMembers);
    }

    [Fact]
    public async Task Goals_AnotherGym_CannotSeeThem()
    {
        var gym = await NewGymAsync();
        var other = await fixture.CreateTenantAsync();
        var goal = await AsMemberAAsync(gym, s => s.CreateAsync(new CreateGoalDto
        {
            Kind = GoalKind.BodyMetric, MetricId = BuiltInBodyMetrics.Arm.Id, TargetValue = 40m, DueDate = InAMonth,
        }));

        await Should.ThrowAsync<EntityNotFoundException>(() => AsAsync(other.Id, other.AdminUserId, IdentityConsts.AdminRole, s => s.GetAsync(goal.Id)));
        await Should.ThrowAsync<EntityNotFoundException>(() => AsAsync(other.Id, other.AdminUserId, IdentityConsts.AdminRole, s => s.AbandonAsync(goal.Id)));
        (await AsAsync(other.Id, other.AdminUserId, IdentityConsts.AdminRole, s => s.GetListAsync(new GetGoalListInput { MemberId = gym.MemberA }))).TotalCount.ShouldBe(0);
        (await AsMemberAAsync(gym, s => s.GetAsync(goal.Id))).Status.ShouldBe(GoalStatus.Active);
    }

    [Fact]
    public async Task AbandonAsync_OwnGoal_IsAbandoned_ThenFrozen()
    {
        var gym = await NewGymAsync();
        var goal = await AsMemberAAsync(gym, s => s.CreateAsync(new CreateGoalDto
        {
            Kind = GoalKind.BodyMetric, MetricId = s_weight, TargetValue = 70m, Direction = GoalDirection.Increase, DueDate = InAMonth,
        }));

        var abandoned = await AsMemberAAsync(gym, s => s.AbandonAsync(goal.Id));
        var again = await Should.ThrowAsync<BusinessException>(() => AsMemberAAsync(gym, s => s.AbandonAsync(goal.Id)));
        var update = await Should.ThrowAsync<BusinessException>(() => AsMemberAAsync(gym, s => s.UpdateAsync(goal.Id, new UpdateGoalDto { TargetValue = 72m, DueDate = InAMonth })));

        abandoned.Status.ShouldBe(GoalStatus.Abandoned);
        abandoned.AbandonedAt.ShouldNotBeNull();
        again.Code.ShouldBe(ProgramsErrorCodes.GoalAbandoned);
        update.Code.ShouldBe(ProgramsErrorCodes.GoalAbandoned);
        (await AsMemberAAsync(gym, s => s.GetListAsync(new GetGoalListInput { Status = GoalStatus.Abandoned }))).TotalCount.ShouldBe(1);
    }

    [Fact]
    public async Task UpdateAsync_NewTargetAndDueDate_RecomputesProgress()
    {
        var gym = await NewGymAsync();
        await LogWeightAsync(gym, gym.MemberA, 60m, DateTime.UtcNow.AddDays(-1));
        var goal = await AsMemberAAsync(gym, s => s.CreateAsync(new CreateGoalDto { Kind = GoalKind.BodyMetric, MetricId = s_weight, TargetValue = 70m, DueDate = InAMonth }));
        await LogWeightAsync(gym, gym.MemberA, 65m, DateTime.UtcNow);

        var updated = await AsMemberAAsync(gym, s => s.UpdateAsync(goal.Id, new UpdateGoalDto { TargetValue = 80m, DueDate = InAMonth.AddDays(30), Title = "Bulk" }));

        goal.Direction.ShouldBe(GoalDirection.Increase);
        updated.TargetValue.ShouldBe(80m);
        updated.PercentComplete.ShouldBe(25m);
        updated.DueDate.ShouldBe(InAMonth.AddDays(30));
        updated.Title.ShouldBe("Bulk");
    }

    [Fact]
    public async Task PersonalRecordGoal_OnAnExerciseRepMax_IsScoredByLoad()
    {
        var gym = await NewGymAsync();
        var squat = await GlobalExerciseIdAsync(gym, "Barbell Squat");

        var goal = await AsMemberAAsync(gym, s => s.CreateAsync(new CreateGoalDto
        {
            Kind = GoalKind.PersonalRecord, ExerciseId = squat, RepMax = 1, TargetValue = 140m, DueDate = InAMonth,
        }));

        goal.Kind.ShouldBe(GoalKind.PersonalRecord);
        goal.ScoringType.ShouldBe(ScoringType.Load);
        goal.Division.ShouldBe(WorkoutDivision.Rx);
        goal.Direction.ShouldBe(GoalDirection.Increase);
        goal.RepMax.ShouldBe(1);
        goal.Status.ShouldBe(GoalStatus.Active);
        goal.IsAchieved.ShouldBeFalse();
    }

    [Fact]
    public async Task CreateAsync_BadInput_ThrowsStableCodes()
    {
        var gym = await NewGymAsync();
        var custom = await AsAsync<IBodyMetricDefinitionAppService, BodyMetricDefinitionDto>(gym.Tenant.Id, gym.Tenant.AdminUserId, IdentityConsts.AdminRole, s => s.CreateAsync(
            new CreateBodyMetricDefinitionDto { Name = "Vertical jump", UnitKind = BodyMetricUnitKind.Length }));

        async Task<string> CodeOf(CreateGoalDto input) =>
            (await Should.ThrowAsync<BusinessException>(() => AsMemberAAsync(gym, s => s.CreateAsync(input)))).Code;

        (await CodeOf(new CreateGoalDto { Kind = GoalKind.BodyMetric, MetricId = Guid.NewGuid(), TargetValue = 80m, DueDate = InAMonth })).ShouldBe(ProgramsErrorCodes.UnknownBodyMetric);
        (await CodeOf(new CreateGoalDto { Kind = GoalKind.BodyMetric, MetricId = s_weight, TargetValue = 80m, TargetUnit = BodyMetricUnit.Percent, DueDate = InAMonth }))
            .ShouldBe(ProgramsErrorCodes.UnitNotOfMetricKind);
        (await CodeOf(new CreateGoalDto { Kind = GoalKind.BodyMetric, MetricId = s_weight, TargetValue = -5m, DueDate = InAMonth })).ShouldBe(ProgramsErrorCodes.BodyMetricValueOutOfRange);
        (await CodeOf(new CreateGoalDto { Kind = GoalKind.BodyMetric, MetricId = custom.Id, TargetValue = 60m, DueDate = InAMonth })).ShouldBe(ProgramsErrorCodes.GoalDirectionRequired);
        (await CodeOf(new CreateGoalDto { Kind = GoalKind.BodyMetric, MetricId = s_weight, TargetValue = 80m, Direction = GoalDirection.Decrease, DueDate = InAMonth.AddDays(-60) }))
            .ShouldBe(ProgramsErrorCodes.GoalDueDateInPast);
        (await CodeOf(new CreateGoalDto { Kind = GoalKind.PersonalRecord, ExerciseId = Guid.NewGuid(), RepMax = 3, TargetValue = 100m, DueDate = InAMonth }))
            .ShouldBe(ProgramsErrorCodes.InvalidGoalReference);
        (await CodeOf(new CreateGoalDto { Kind = GoalKind.PersonalRecord, ExerciseId = await GlobalExerciseIdAsync(gym, "Barbell Deadlift"), RepMax = 1, ScoringType = ScoringType.ForTime, TargetValue = 100m, DueDate = InAMonth }))
            .ShouldBe(ProgramsErrorCodes.InvalidGoalScoringType);
        (await CodeOf(new CreateGoalDto { Kind = GoalKind.PersonalRecord, ExerciseId = await GlobalExerciseIdAsync(gym, "Barbell Deadlift"), RepMax = 1, TargetValue = -1m, DueDate = InAMonth }))
            .ShouldBe(ProgramsErrorCodes.InvalidGoalTarget);

        var both = await Should.ThrowAsync<FitSaaSValidationException>(() => AsMemberAAsync(gym, s => s.CreateAsync(new CreateGoalDto
        {
            Kind = GoalKind.PersonalRecord, ExerciseId = Guid.NewGuid(), WorkoutId = Guid.NewGuid(), RepMax = 1, TargetValue = 100m, DueDate = InAMonth,
        })));
        both.Errors.Keys.ShouldContain("workoutId");
        (await AsMemberAAsync(gym, s => s.GetListAsync(new GetGoalListInput()))).TotalCount.ShouldBe(0);
    }

    private async Task<Guid> GlobalExerciseIdAsync(Gym gym, string name)
    {
        var page = await AsAsync<IExerciseAppService, PagedResultDto<ExerciseDto>>(gym.Tenant.Id, gym.MemberA, IdentityConsts.MemberRole, s => s.GetListAsync(
            new GetExerciseListInput { Filter = name, OnlyCustom = false, MaxResultCount = 50 }));
        return page.Items.First(e => e.Name == name).Id;
    }

    private Task<BodyMetricEntryDto> LogWeightAsync(Gym gym, Guid member, decimal kilograms, DateTime measuredAt) =>
        AsAsync<IBodyMetricEntryAppService, BodyMetricEntryDto>(gym.Tenant.Id, member, IdentityConsts.MemberRole, s => s.CreateAsync(
            new CreateBodyMetricEntryDto { MetricId = s_weight, Value = kilograms, MeasuredAt = measuredAt }));

    private async Task<Gym> NewGymAsync()
    {
        var tenant = await fixture.CreateTenantAsync();
        var memberA = await fixture.CreateUserAsync(tenant.Id, "member-a", IdentityConsts.MemberRole);
        var memberB = await fixture.CreateUserAsync(tenant.Id, "member-b", IdentityConsts.MemberRole);
        var coach = await fixture.CreateUserAsync(tenant.Id, "coach", IdentityConsts.StaffRole);
        return new Gym(tenant, memberA, memberB, coach);
    }

    private Task<T> AsMemberAAsync<T>(Gym gym, Func<IGoalAppService, Task<T>> action) =>
        AsAsync(gym.Tenant.Id, gym.MemberA, IdentityConsts.MemberRole, action);

    private Task<T> AsAsync<T>(Guid? tenantId, Guid userId, string role, Func<IGoalAppService, Task<T>> action) =>
        AsAsync<IGoalAppService, T>(tenantId, userId, role, action);

    private async Task<T> AsAsync<TService, T>(Guid? tenantId, Guid userId, string role, Func<TService, Task<T>> action)
        where TService : notnull
    {
        using var _ = fixture.RunAs(tenantId, userId, "test-user", role);
        await using var scope = fixture.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    private sealed record Gym(TestTenant Tenant, Guid MemberA, Guid MemberB, Guid Coach);
}
