using FitSaaS.Bookings;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Testing;

namespace FitSaaS.Application.Tests.Bookings;

public abstract class ClassTypeAppServiceTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : ClassTypeAppServiceTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : ClassTypeAppServiceTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private readonly BookingsScenario _scenario = new(fixture);

    [Fact]
    public async Task CreateAsync_ValidInput_IsListedSortedByCapacity()
    {
        var tenant = await fixture.CreateTenantAsync();
        foreach (var (name, capacity) in new[] { ("Spin", 24), ("Yoga Flow", 20), ("Open Gym", 30) })
        {
            await _scenario.AsAdminAsync<IClassTypeAppService, ClassTypeDto>(tenant, s => s.CreateAsync(
                new CreateClassTypeDto { Name = name, Description = $"{name} class", DefaultCapacity = capacity, DurationMinutes = 45 }));
        }

        var page = await _scenario.AsAdminAsync<IClassTypeAppService, PagedResultDto<ClassTypeDto>>(
            tenant, s => s.GetListAsync(new GetClassTypeListInput { Sorting = "defaultCapacity desc" }));

        page.TotalCount.ShouldBe(3);
        page.Items.Select(c => c.Name).ShouldBe(["Open Gym", "Spin", "Yoga Flow"]);
        page.Items[0].Description.ShouldBe("Open Gym class");
    }

    [Fact]
    public async Task CreateAsync_OutOfRangeDefaults_ThrowsValidation()
    {
        var tenant = await fixture.CreateTenantAsync();

        var exception = await Should.ThrowAsync<FitSaaSValidationException>(() => _scenario.AsAdminAsync<IClassTypeAppService, ClassTypeDto>(
            tenant, s => s.CreateAsync(new CreateClassTypeDto { Name = "Spin", DefaultCapacity = 0, DurationMinutes = 0 })));

        exception.Errors.Keys.ShouldBe(["defaultCapacity", "durationMinutes"], ignoreOrder: true);
    }

    [Fact]
    public async Task UpdateAsync_NewDefaults_KeepsExistingSessionsAsTheyAre()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5);

        var updated = await _scenario.AsAdminAsync<IClassTypeAppService, ClassTypeDto>(gym.Tenant, s => s.UpdateAsync(
            gym.ClassType.Id, new UpdateClassTypeDto { Name = "WOD+", DefaultCapacity = 12, DurationMinutes = 75 }));

        updated.Name.ShouldBe("WOD+");
        updated.DefaultCapacity.ShouldBe(12);
        var session = await _scenario.GetSessionAsync(gym.Tenant, gym.Session.Id);
        session.Capacity.ShouldBe(5);
        session.DurationMinutes.ShouldBe(60);
        session.ClassTypeName.ShouldBe("WOD+");
    }

    [Fact]
    public async Task DeleteAsync_ClassTypeWithSessions_ThrowsClassTypeInUse()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5);

        var exception = await Should.ThrowAsync<BusinessException>(
            () => _scenario.AsAdminAsync<IClassTypeAppService, bool>(gym.Tenant, async s => { await s.DeleteAsync(gym.ClassType.Id); return true; }));

        exception.Code.ShouldBe(BookingsErrorCodes.ClassTypeInUse);
    }
}
