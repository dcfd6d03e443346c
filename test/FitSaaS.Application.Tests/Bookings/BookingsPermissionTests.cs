using FitSaaS.Bookings;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Identity;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Bookings;

public abstract class BookingsPermissionTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : BookingsPermissionTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : BookingsPermissionTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private readonly BookingsScenario _scenario = new(fixture);

    [Fact]
    public async Task CreateLocation_Member_ThrowsForbiddenForTheCreatePermission()
    {
        var tenant = await fixture.CreateTenantAsync();
        var member = (await _scenario.CreateMembersAsync(tenant, 1))[0];

        var exception = await Should.ThrowAsync<AuthorizationException>(() => _scenario.AsMemberAsync<ILocationAppService, LocationDto>(
            tenant, member, s => s.CreateAsync(new CreateLocationDto { Name = "Garage", TimeZoneId = "UTC" })));

        exception.Code.ShouldBe(AuthorizationException.ForbiddenCode);
        exception.PermissionName.ShouldBe(BookingsPermissions.Locations.Create);
    }

    [Fact]
    public async Task StaffOperations_Member_AreAllForbidden()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5);
        var member = (await _scenario.CreateMembersAsync(gym.Tenant, 1))[0];
        var calls = new Func<Task>[]
        {
            () => _scenario.AsMemberAsync<IClassTypeAppService, ClassTypeDto>(gym.Tenant, member, s => s.CreateAsync(new CreateClassTypeDto { Name = "X", DefaultCapacity = 1, DurationMinutes = 1 })),
            () => _scenario.AsMemberAsync<IClassSessionAppService, ClassSessionDto>(gym.Tenant, member, s => s.CreateAsync(new CreateClassSessionDto { ClassTypeId = gym.ClassType.Id, LocationId = gym.Location.Id, StartsAtUtc = DateTime.UtcNow.AddDays(1) })),
            () => _scenario.AsMemberAsync<IClassSessionAppService, ClassSessionDto>(gym.Tenant, member, s => s.UpdateAsync(gym.Session.Id, new UpdateClassSessionDto { LocationId = gym.Location.Id, StartsAtUtc = DateTime.UtcNow.AddDays(1), DurationMinutes = 60, Capacity = 50 })),
            () => _scenario.AsMemberAsync<IClassSessionAppService, bool>(gym.Tenant, member, async s => { await s.DeleteAsync(gym.Session.Id); return true; }),
            () => _scenario.AsMemberAsync<IClassSessionAppService, ClassSessionRosterDto>(gym.Tenant, member, s => s.GetRosterAsync(gym.Session.Id)),
            () => _scenario.AsMemberAsync<ILocationAppService, bool>(gym.Tenant, member, async s => { await s.DeleteAsync(gym.Location.Id); return true; }),
        };

        foreach (var call in calls)
        {
            (await Should.ThrowAsync<AuthorizationException>(call)).Code.ShouldBe(AuthorizationException.ForbiddenCode);
        }

        (await _scenario.GetSessionAsync(gym.Tenant, gym.Session.Id)).Capacity.ShouldBe(5);
    }

    [Fact]
    public async Task ReadTimetable_Member_IsAllowed()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5);
        var member = (await _scenario.CreateMembersAsync(gym.Tenant, 1))[0];

        var sessions = await _scenario.AsMemberAsync<IClassSessionAppService, PagedResultDto<ClassSessionDto>>(gym.Tenant, member, s => s.GetListAsync(new GetClassSessionListInput()));
        var locations = await _scenario.AsMemberAsync<ILocationAppService, PagedResultDto<LocationDto>>(gym.Tenant, member, s => s.GetListAsync(new GetLocationListInput()));
        var classTypes = await _scenario.AsMemberAsync<IClassTypeAppService, PagedResultDto<ClassTypeDto>>(gym.Tenant, member, s => s.GetListAsync(new GetClassTypeListInput()));

        sessions.Items.ShouldHaveSingleItem().Id.ShouldBe(gym.Session.Id);
        locations.Items.ShouldHaveSingleItem().Id.ShouldBe(gym.Location.Id);
        classTypes.Items.ShouldHaveSingleItem().Id.ShouldBe(gym.ClassType.Id);
    }

    [Fact]
    public async Task StaffOperations_Staff_AreAllowed()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5);
        var staff = await fixture.CreateUserAsync(gym.Tenant.Id, "coach-x", IdentityConsts.StaffRole);

        var session = await _scenario.AsAsync<IClassSessionAppService, ClassSessionDto>(gym.Tenant.Id, staff, IdentityConsts.StaffRole, s => s.CreateAsync(
            new CreateClassSessionDto { ClassTypeId = gym.ClassType.Id, LocationId = gym.Location.Id, StartsAtUtc = DateTime.UtcNow.AddDays(3) }));
        var roster = await _scenario.AsAsync<IClassSessionAppService, ClassSessionRosterDto>(gym.Tenant.Id, staff, IdentityConsts.StaffRole, s => s.GetRosterAsync(session.Id));

        roster.ClassSession.Id.ShouldBe(session.Id);
        roster.Confirmed.ShouldBeEmpty();
    }

    [Fact]
    public async Task GetList_Anonymous_ThrowsUnauthenticated()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5);
        using var _ = fixture.RunAsAnonymous(gym.Tenant.Id);
        await using var scope = fixture.CreateScope();
        var sessions = scope.ServiceProvider.GetRequiredService<IClassSessionAppService>();

        var exception = await Should.ThrowAsync<AuthorizationException>(() => sessions.GetListAsync(new GetClassSessionListInput()));

        exception.Code.ShouldBe(AuthorizationException.UnauthenticatedCode);
    }

    [Fact]
    public async Task GetList_HostAdmin_IsForbiddenBecauseBookingsIsTenantSide()
    {
        var hostAdmin = await fixture.GetHostAdminIdAsync();

        var exception = await Should.ThrowAsync<AuthorizationException>(() => _scenario.AsAsync<ILocationAppService, PagedResultDto<LocationDto>>(
            null, hostAdmin, IdentityConsts.AdminRole, s => s.GetListAsync(new GetLocationListInput())));

        exception.PermissionName.ShouldBe(BookingsPermissions.Locations.Default);
    }
}
