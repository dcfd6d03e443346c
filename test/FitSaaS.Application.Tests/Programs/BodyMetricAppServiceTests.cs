using FitSaaS.Framework.Exceptions;
using FitSaaS.Identity;
using FitSaaS.Programs;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Programs;

public abstract class BodyMetricAppServiceTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : BodyMetricAppServiceTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : BodyMetricAppServiceTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private static readonly Guid s_weight = BuiltInBodyMetrics.BodyWeight.Id;

    [Fact]
    public async Task GetListAsync_Member_SeesTheNineBuiltInMetricsWithTheirUnits()
    {
        var gym = await NewGymAsync();

        var list = await AsAsync<IBodyMetricDefinitionAppService, IReadOnlyList<BodyMetricDefinitionDto>>(gym.Tenant.Id, gym.MemberA, IdentityConsts.MemberRole, s => s.GetListAsync());

        list.Count.ShouldBe(9);
        list.ShouldAllBe(d => d.IsBuiltIn);
        var weight = list[0];
        weight.Key.ShouldBe("body-weight");
        weight.Id.ShouldBe(s_weight);
        weight.CanonicalUnit.ShouldBe(BodyMetricUnit.Kilogram);
        weight.Units.ShouldBe([BodyMetricUnit.Kilogram, BodyMetricUnit.Pound]);
        weight.UnitSymbol.ShouldBe("kg");
        list.Single(d => d.Key == "waist").Units.ShouldBe([BodyMetricUnit.Centimetre, BodyMetricUnit.Inch]);
        list.Single(d => d.Key == "resting-heart-rate").UnitSymbol.ShouldBe("bpm");
    }

    [Fact]
    public async Task CreateAsync_StaffDefinesAMetric_ListedAfterTheBuiltIns_InvisibleToAnotherGym()
    {
        var gym = await NewGymAsync();
        var other = await fixture.CreateTenantAsync();

        var created = await AsAsync<IBodyMetricDefinitionAppService, BodyMetricDefinitionDto>(gym.Tenant.Id, gym.Coach, IdentityConsts.StaffRole, s => s.CreateAsync(new CreateBodyMetricDefinitionDto
        {
            Name = "Grip strength",
            UnitKind = BodyMetricUnitKind.Mass,
            MinValue = 5m,
            MaxValue = 150m,
            Preference = BodyMetricPreference.HigherIsBetter,
        }));

        created.IsBuiltIn.ShouldBeFalse();
        created.Units.ShouldBe([BodyMetricUnit.Kilogram, BodyMetricUnit.Pound]);
        var list = await AsAsync<IBodyMetricDefinitionAppService, IReadOnlyList<BodyMetricDefinitionDto>>(gym.Tenant.Id, gym.MemberA, IdentityConsts.MemberRole, s => s.GetListAsync());
        list.Count.ShouldBe(10);
        list[^1].Id.ShouldBe(created.Id);
        (await AsAdminAsync<IBodyMetricDefinitionAppService, IReadOnlyList<BodyMetricDefinitionDto>>(other, s => s.GetListAsync())).Count.ShouldBe(9);
        await Should.ThrowAsync<EntityNotFoundException>(() => AsAdminAsync<IBodyMetricDefinitionAppService, BodyMetricDefinitionDto>(other, s => s.GetAsync(created.Id)));
        var unknown = await Should.ThrowAsync<BusinessException>(() => AsAdminAsync<IBodyMetricEntryAppService, BodyMetricEntryDto>(other, s => s.CreateAsync(
            new CreateBodyMetricEntryDto { MetricId = created.Id, Value = 40m })));
        unknown.Code.ShouldBe(ProgramsErrorCodes.UnknownBodyMetric);
    }

    [Fact]
    public async Task CreateAsync_Member_ThrowsForbidden()
    {
        var gym = await NewGymAsync();

        var exception = await Should.ThrowAsync<AuthorizationException>(() => AsAsync<IBodyMetricDefinitionAppService, BodyMetricDefinitionDto>(
            gym.Tenant.Id, gym.MemberA, IdentityConsts.MemberRole, s => s.CreateAsync(new CreateBodyMetricDefinitionDto { Name = "Mine", UnitKind = BodyMetricUnitKind.Percent })));

        exception.PermissionName.ShouldBe(ProgramsPermissions.BodyMetrics.ManageDefinitions);
    }

    [Fact]
    public async Task CreateUpdateDelete_BuiltInNameOrMetric_AreRefused()
    {
        var gym = await NewGymAsync();

        var duplicate = await Should.ThrowAsync<BusinessException>(() => AsAdminAsync<IBodyMetricDefinitionAppService, BodyMetricDefinitionDto>(gym.Tenant, s => s.CreateAsync(
            new CreateBodyMetricDefinitionDto { Name = "  body   WEIGHT ", UnitKind = BodyMetricUnitKind.Mass })));
        var update = await Should.ThrowAsync<BusinessException>(() => AsAdminAsync<IBodyMetricDefinitionAppService, BodyMetricDefinitionDto>(gym.Tenant, s => s.UpdateAsync(
            s_weight, new UpdateBodyMetricDefinitionDto { Name = "Weight" })));
        var delete = await Should.ThrowAsync<BusinessException>(() => AsAdminAsync<IBodyMetricDefinitionAppService, int>(gym.Tenant, async s =>
        {
            await s.DeleteAsync(s_weight);
            return 0;
        }));

        duplicate.Code.ShouldBe(ProgramsErrorCodes.DuplicateBodyMetricName);
        update.Code.ShouldBe(ProgramsErrorCodes.BuiltInBodyMetricReadOnly);
        delete.Code.ShouldBe(ProgramsErrorCodes.BuiltInBodyMetricReadOnly);
    }

    [Fact]
    public async Task DeleteAsync_MetricWithEntries_ThrowsInUse_UnusedMetric_IsDeleted()
    {
        var gym = await NewGymAsync();
        var used = await AsAdminAsync<IBodyMetricDefinitionAppService, BodyMetricDefinitionDto>(gym.Tenant, s => s.CreateAsync(
            new CreateBodyMetricDefinitionDto { Name = "Push-ups in a minute", UnitKind = BodyMetricUnitKind.Count, UnitLabel = "reps", Preference = BodyMetricPreference.HigherIsBetter }));
        var unused = await AsAdminAsync<IBodyMetricDefinitionAppService, BodyMetricDefinitionDto>(gym.Tenant, s => s.CreateAsync(
            new CreateBodyMetricDefinitionDto { Name = "Blood pressure", UnitKind = BodyMetricUnitKind.Custom, UnitLabel = "mmHg" }));
        await AsAsync<IBodyMetricEntryAppService, BodyMetricEntryDto>(gym.Tenant.Id, gym.MemberA, IdentityConsts.MemberRole, s => s.CreateAsync(
            new CreateBodyMetricEntryDto { MetricId = used.Id, Value = 42m }));

        var inUse = await Should.ThrowAsync<BusinessException>(() => AsAdminAsync<IBodyMetricDefinitionAppService, int>(gym.Tenant, async s =>
        {
            await s.DeleteAsync(used.Id);
            return 0;
        }));
        await AsAdminAsync<IBodyMetricDefinitionAppService, int>(gym.Tenant, async s =>
        {
            await s.DeleteAsync(unused.Id);
            return 0;
        });

        inUse.Code.ShouldBe(ProgramsErrorCodes.BodyMetricInUse);
        await Should.ThrowAsync<EntityNotFoundException>(() => AsAdminAsync<IBodyMetricDefinitionAppService, BodyMetricDefinitionDto>(gym.Tenant, s => s.GetAsync(unused.Id)));
    }

    [Fact]
    public async Task CreateAsync_MemberInPounds_StoresExactKilogramsAndKeepsWhatWasEntered()
    {
        var gym = await NewGymAsync();

        var entry = await AsMemberAAsync<IBodyMetricEntryAppService, BodyMetricEntryDto>(gym, s => s.CreateAsync(
            new CreateBodyMetricEntryDto { MetricId = s_weight, Value = 180.25m, Unit = BodyMetricUnit.Pound, MeasuredAt = DateTime.UtcNow.AddDays(-2), Notes = "morning" }));

        entry.MemberId.ShouldBe(gym.MemberA);
        entry.Value.ShouldBe(81.7600246925m);
        entry.Unit.ShouldBe(BodyMetricUnit.Kilogram);
        entry.DisplayValue.ShouldBe(180.25m);
        entry.DisplayUnit.ShouldBe(BodyMetricUnit.Pound);
        entry.DisplayUnitSymbol.ShouldBe("lb");
        var reloaded = await AsMemberAAsync<IBodyMetricEntryAppService, BodyMetricEntryDto>(gym, s => s.GetAsync(entry.Id));
        reloaded.Value.ShouldBe(81.7600246925m);
        reloaded.MeasuredAt.ShouldBe(entry.MeasuredAt);
        reloaded.Notes.ShouldBe("morning");
    }

    [Fact]
    public async Task GetListAsync_History_PagesByMeasuredAtWithinFromTo_AndLatestPerMetric()
    {
        var gym = await NewGymAsync();
        var now = DateTime.UtcNow;
        foreach (var (days, kg) in new[] { (10, 84m), (8, 83.5m), (6, 83m), (4, 82.2m), (2, 82m) })
        {
            await AsMemberAAsync<IBodyMetricEntryAppService, BodyMetricEntryDto>(gym, s => s.CreateAsync(
                new CreateBodyMetricEntryDto { MetricId = s_weight, Value = kg, MeasuredAt = now.AddDays(-days) }));
        }

        await AsMemberAAsync<IBodyMetricEntryAppService, BodyMetricEntryDto>(gym, s => s.CreateAsync(
            new CreateBodyMetricEntryDto { MetricId = BuiltInBodyMetrics.Waist.Id, Value = 34m, Unit = BodyMetricUnit.Inch, MeasuredAt = now.AddDays(-30) }));

        var newest = await AsMemberAAsync<IBodyMetricEntryAppService, PagedResultDtoOf>(gym, async s => new(await s.GetListAsync(
            new GetBodyMetricEntryListInput { MetricId = s_weight, MaxResultCount = 2 })));
        var window = await AsMemberAAsync<IBodyMetricEntryAppService, PagedResultDtoOf>(gym, async s => new(await s.GetListAsync(
            new GetBodyMetricEntryListInput { MetricId = s_weight, FromUtc = now.AddDays(-9), ToUtc = now.AddDays(-3), Sorting = "measuredAt" })));
        var all = await AsMemberAAsync<IBodyMetricEntryAppService, PagedResultDtoOf>(gym, async s => new(await s.GetListAsync(new GetBodyMetricEntryListInput())));
        var latest = await AsMemberAAsync<IBodyMetricEntryAppService, IReadOnlyList<BodyMetricEntryDto>>(gym, s => s.GetLatestAsync());

        newest.Page.TotalCount.ShouldBe(5);
        newest.Page.Items.Select(e => e.Value).ShouldBe([82m, 82.2m]);
        window.Page.TotalCount.ShouldBe(3);
        window.Page.Items.Select(e => e.Value).ShouldBe([83.5m, 83m, 82.2m]);
        all.Page.TotalCount.ShouldBe(6);
        latest.Select(e => (e.MetricId, e.Value)).ShouldBe([(s_weight, 82m), (BuiltInBodyMetrics.Waist.Id, 86.36m)]);
    }

    [Fact]
    public async Task Entries_AnotherMember_CannotReadOrChangeThem_TheCoachCan()
    {
        var gym = await NewGymAsync();
        var entry = await AsMemberAAsync<IBodyMetricEntryAppService, BodyMetricEntryDto>(gym, s => s.CreateAsync(
            new CreateBodyMetricEntryDto { MetricId = s_weight, Value = 70m }));

        await Should.ThrowAsync<EntityNotFoundException>(() => AsAsync<IBodyMetricEntryAppService, BodyMetricEntryDto>(gym.Tenant.Id, gym.MemberB, IdentityConsts.MemberRole, s => s.GetAsync(entry.Id)));
        await Should.ThrowAsync<EntityNotFoundException>(() => AsAsync<IBodyMetricEntryAppService, BodyMetricEntryDto>(gym.Tenant.Id, gym.MemberB, IdentityConsts.MemberRole, s => s.UpdateAsync(
            entry.Id, new UpdateBodyMetricEntryDto { Value = 1m })));
        var list = await Should.ThrowAsync<AuthorizationException>(() => AsAsync<IBodyMetricEntryAppService, PagedResultDtoOf>(gym.Tenant.Id, gym.MemberB, IdentityConsts.MemberRole, async s => new(
            await s.GetListAsync(new GetBodyMetricEntryListInput { MemberId = gym.MemberA }))));
        var forOther = await Should.ThrowAsync<AuthorizationException>(() => AsAsync<IBodyMetricEntryAppService, BodyMetricEntryDto>(gym.Tenant.Id, gym.MemberB, IdentityConsts.MemberRole, s => s.CreateAsync(
            new CreateBodyMetricEntryDto { MetricId = s_weight, Value = 1m, MemberId = gym.MemberA })));
        list.PermissionName.ShouldBe(ProgramsPermissions.BodyMetrics.ManageForMembers);
        forOther.PermissionName.ShouldBe(ProgramsPermissions.BodyMetrics.ManageForMembers);

        var byCoach = await AsAsync<IBodyMetricEntryAppService, BodyMetricEntryDto>(gym.Tenant.Id, gym.Coach, IdentityConsts.StaffRole, s => s.CreateAsync(
            new CreateBodyMetricEntryDto { MetricId = BuiltInBodyMetrics.BodyFat.Id, Value = 18.5m, MemberId = gym.MemberA }));
        var coachView = await AsAsync<IBodyMetricEntryAppService, PagedResultDtoOf>(gym.Tenant.Id, gym.Coach, IdentityConsts.StaffRole, async s => new(
            await s.GetListAsync(new GetBodyMetricEntryListInput { MemberId = gym.MemberA })));
        var coachLatest = await AsAsync<IBodyMetricEntryAppService, IReadOnlyList<BodyMetricEntryDto>>(gym.Tenant.Id, gym.Coach, IdentityConsts.StaffRole, s => s.GetLatestAsync(gym.MemberA));

        byCoach.MemberId.ShouldBe(gym.MemberA);
        coachView.Page.TotalCount.ShouldBe(2);
        coachLatest.Count.ShouldBe(2);
        (await AsMemberAAsync<IBodyMetricEntryAppService, BodyMetricEntryDto>(gym, s => s.GetAsync(byCoach.Id))).Value.ShouldBe(18.5m);
        (await AsAsync<IBodyMetricEntryAppService, PagedResultDtoOf>(gym.Tenant.Id, gym.MemberB, IdentityConsts.MemberRole, async s => new(
            await s.GetListAsync(new GetBodyMetricEntryListInput())))).Page.TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Entries_AnotherGym_CannotSeeOrDeleteThem()
    {
        var gym = await NewGymAsync();
        var other = await fixture.CreateTenantAsync();
        var entry = await AsMemberAAsync<IBodyMetricEntryAppService, BodyMetricEntryDto>(gym, s => s.CreateAsync(new CreateBodyMetricEntryDto { MetricId = s_weight, Value = 70m }));

        await Should.ThrowAsync<EntityNotFoundException>(() => AsAdminAsync<IBodyMetricEntryAppService, BodyMetricEntryDto>(other, s => s.GetAsync(entry.Id)));
        await Should.ThrowAsync<EntityNotFoundException>(() => AsAdminAsync<IBodyMetricEntryAppService, int>(other, async s =>
        {
            await s.DeleteAsync(entry.Id);
            return 0;
        }));
        var otherList = await AsAdminAsync<IBodyMetricEntryAppService, PagedResultDtoOf>(other, async s => new(await s.GetListAsync(new GetBodyMetricEntryListInput { MemberId = gym.MemberA })));

        otherList.Page.TotalCount.ShouldBe(0);
        (await AsMemberAAsync<IBodyMetricEntryAppService, BodyMetricEntryDto>(gym, s => s.GetAsync(entry.Id))).Value.ShouldBe(70m);
    }

    [Fact]
    public async Task CreateAsync_BadInput_ThrowsStableCodes()
    {
        var gym = await NewGymAsync();

        async Task<string> CodeOf(CreateBodyMetricEntryDto input) =>
            (await Should.ThrowAsync<BusinessException>(() => AsMemberAAsync<IBodyMetricEntryAppService, BodyMetricEntryDto>(gym, s => s.CreateAsync(input)))).Code;

        (await CodeOf(new CreateBodyMetricEntryDto { MetricId = Guid.NewGuid(), Value = 80m })).ShouldBe(ProgramsErrorCodes.UnknownBodyMetric);
        (await CodeOf(new CreateBodyMetricEntryDto { MetricId = s_weight, Value = 80m, Unit = BodyMetricUnit.Inch })).ShouldBe(ProgramsErrorCodes.UnitNotOfMetricKind);
        (await CodeOf(new CreateBodyMetricEntryDto { MetricId = s_weight, Value = -80m })).ShouldBe(ProgramsErrorCodes.BodyMetricValueOutOfRange);
        (await CodeOf(new CreateBodyMetricEntryDto { MetricId = BuiltInBodyMetrics.BodyFat.Id, Value = 101m })).ShouldBe(ProgramsErrorCodes.BodyMetricValueOutOfRange);
        (await CodeOf(new CreateBodyMetricEntryDto { MetricId = s_weight, Value = 80m, MeasuredAt = DateTime.UtcNow.AddHours(1) })).ShouldBe(ProgramsErrorCodes.MeasuredInFuture);
        var missing = await Should.ThrowAsync<FitSaaSValidationException>(() => AsMemberAAsync<IBodyMetricEntryAppService, BodyMetricEntryDto>(gym, s => s.CreateAsync(
            new CreateBodyMetricEntryDto { MetricId = s_weight })));
        missing.Errors.Keys.ShouldContain("value");
        (await AsMemberAAsync<IBodyMetricEntryAppService, PagedResultDtoOf>(gym, async s => new(await s.GetListAsync(new GetBodyMetricEntryListInput())))).Page.TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task UpdateAndDeleteAsync_OwnEntry_ChangeAndRemoveIt()
    {
        var gym = await NewGymAsync();
        var entry = await AsMemberAAsync<IBodyMetricEntryAppService, BodyMetricEntryDto>(gym, s => s.CreateAsync(
            new CreateBodyMetricEntryDto { MetricId = BuiltInBodyMetrics.Waist.Id, Value = 90m }));
        var measuredAt = DateTime.UtcNow.AddDays(-1);

        var updated = await AsMemberAAsync<IBodyMetricEntryAppService, BodyMetricEntryDto>(gym, s => s.UpdateAsync(
            entry.Id, new UpdateBodyMetricEntryDto { Value = 35m, Unit = BodyMetricUnit.Inch, MeasuredAt = measuredAt, Notes = "fixed" }));
        await AsMemberAAsync<IBodyMetricEntryAppService, int>(gym, async s =>
        {
            await s.DeleteAsync(entry.Id);
            return 0;
        });

        updated.Value.ShouldBe(88.9m);
        updated.DisplayUnit.ShouldBe(BodyMetricUnit.Inch);
        updated.Notes.ShouldBe("fixed");
        await Should.ThrowAsync<EntityNotFoundException>(() => AsMemberAAsync<IBodyMetricEntryAppService, BodyMetricEntryDto>(gym, s => s.GetAsync(entry.Id)));
    }

    [Fact]
    public async Task GetListAsync_Anonymous_ThrowsUnauthenticated()
    {
        var gym = await NewGymAsync();

        AuthorizationException exception;
        using (fixture.RunAsAnonymous(gym.Tenant.Id))
        {
            await using var scope = fixture.CreateScope();
            exception = await Should.ThrowAsync<AuthorizationException>(() =>
                scope.ServiceProvider.GetRequiredService<IBodyMetricEntryAppService>().GetListAsync(new GetBodyMetricEntryListInput()));
        }

        exception.Code.ShouldBe(AuthorizationException.UnauthenticatedCode);
    }

    private async Task<Gym> NewGymAsync()
    {
        var tenant = await fixture.CreateTenantAsync();
        var memberA = await fixture.CreateUserAsync(tenant.Id, "member-a", IdentityConsts.MemberRole);
        var memberB = await fixture.CreateUserAsync(tenant.Id, "member-b", IdentityConsts.MemberRole);
        var coach = await fixture.CreateUserAsync(tenant.Id, "coach", IdentityConsts.StaffRole);
        return new Gym(tenant, memberA, memberB, coach);
    }

    private Task<T> AsMemberAAsync<TService, T>(Gym gym, Func<TService, Task<T>> action)
        where TService : notnull =>
        AsAsync(gym.Tenant.Id, gym.MemberA, IdentityConsts.MemberRole, action);

    private Task<T> AsAdminAsync<TService, T>(TestTenant tenant, Func<TService, Task<T>> action)
        where TService : notnull =>
        AsAsync(tenant.Id, tenant.AdminUserId, IdentityConsts.AdminRole, action);

    private async Task<T> AsAsync<TService, T>(Guid? tenantId, Guid userId, string role, Func<TService, Task<T>> action)
        where TService : notnull
    {
        using var _ = fixture.RunAs(tenantId, userId, "test-user", role);
        await using var scope = fixture.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    private sealed record Gym(TestTenant Tenant, Guid MemberA, Guid MemberB, Guid Coach);

    private sealed record PagedResultDtoOf(FitSaaS.Framework.Application.PagedResultDto<BodyMetricEntryDto> Page);
}
