using FitSaaS.Bookings;
using FitSaaS.Identity;
using FitSaaS.SettingManagement;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Bookings;

/// <summary>Helpers for Bookings application tests: act as a user through a fresh DI scope, set up a gym.</summary>
public sealed class BookingsScenario(FitSaaSApplicationFixture fixture)
{
    public FitSaaSApplicationFixture Fixture => fixture;

    /// <summary>Calls <typeparamref name="TService"/> as the user, in a new scope (one simulated request).</summary>
    public async Task<TResult> AsAsync<TService, TResult>(Guid? tenantId, Guid userId, string role, Func<TService, Task<TResult>> call)
        where TService : notnull
    {
        using var _ = fixture.RunAs(tenantId, userId, $"user-{userId:N}", role);
        await using var scope = fixture.CreateScope();
        return await call(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>Calls <typeparamref name="TService"/> as the user, in a new scope.</summary>
    public async Task AsAsync<TService>(Guid? tenantId, Guid userId, string role, Func<TService, Task> call)
        where TService : notnull
    {
        using var _ = fixture.RunAs(tenantId, userId, $"user-{userId:N}", role);
        await using var scope = fixture.CreateScope();
        await call(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>Calls <typeparamref name="TService"/> as the tenant's admin.</summary>
    public Task<TResult> AsAdminAsync<TService, TResult>(TestTenant tenant, Func<TService, Task<TResult>> call)
        where TService : notnull => AsAsync(tenant.Id, tenant.AdminUserId, IdentityConsts.AdminRole, call);

    /// <summary>Calls <typeparamref name="TService"/> as a member.</summary>
    public Task<TResult> AsMemberAsync<TService, TResult>(TestTenant tenant, Guid memberId, Func<TService, Task<TResult>> call)
        where TService : notnull => AsAsync(tenant.Id, memberId, IdentityConsts.MemberRole, call);

    /// <summary>Books the session as the member.</summary>
    public Task<BookingDto> BookAsync(TestTenant tenant, Guid memberId, Guid sessionId) =>
        AsMemberAsync<IBookingAppService, BookingDto>(tenant, memberId, s => s.CreateAsync(new CreateBookingDto { ClassSessionId = sessionId }));

    /// <summary>Cancels the booking as the member.</summary>
    public Task<BookingDto> CancelAsync(TestTenant tenant, Guid memberId, Guid bookingId) =>
        AsMemberAsync<IBookingAppService, BookingDto>(tenant, memberId, s => s.CancelAsync(bookingId));

    /// <summary>Creates a one-off session of the gym's class type and location (5 seats) as the tenant's admin.</summary>
    public Task<ClassSessionDto> CreateSessionAsync(Gym gym, DateTime startsAtUtc) =>
        AsAdminAsync<IClassSessionAppService, ClassSessionDto>(gym.Tenant, s => s.CreateAsync(new CreateClassSessionDto
        {
            ClassTypeId = gym.ClassType.Id, LocationId = gym.Location.Id, StartsAtUtc = startsAtUtc, Capacity = 5,
        }));

    /// <summary>Sets one of the tenant's integer settings as its admin.</summary>
    public Task<IReadOnlyList<SettingDto>> SetTenantSettingAsync(TestTenant tenant, string name, int value) =>
        AsAdminAsync<ISettingAppService, IReadOnlyList<SettingDto>>(tenant, s => s.UpdateTenantAsync(new UpdateSettingsDto
        {
            Settings = [new UpdateSettingValueDto { Name = name, Value = value.ToString(System.Globalization.CultureInfo.InvariantCulture) }],
        }));

    /// <summary>Reads the session as the tenant's admin.</summary>
    public Task<ClassSessionDto> GetSessionAsync(TestTenant tenant, Guid sessionId) =>
        AsAdminAsync<IClassSessionAppService, ClassSessionDto>(tenant, s => s.GetAsync(sessionId));

    /// <summary>Creates members (role <c>member</c>) of the tenant.</summary>
    public async Task<List<Guid>> CreateMembersAsync(TestTenant tenant, int count, string prefix = "member")
    {
        var members = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            members.Add(await fixture.CreateUserAsync(tenant.Id, $"{prefix}{i}-{Guid.NewGuid():N}"[..30], IdentityConsts.MemberRole));
        }

        return members;
    }

    /// <summary>Creates members of the gym's tenant who each book its session, in order (confirmed up to capacity, then waitlisted).</summary>
    public async Task<List<Guid>> CreateBookedMembersAsync(Gym gym, int count)
    {
        var members = await CreateMembersAsync(gym.Tenant, count);
        foreach (var member in members)
        {
            await BookAsync(gym.Tenant, member, gym.Session.Id);
        }

        return members;
    }

    /// <summary>A new tenant with a location, a class type and one session (as its admin).</summary>
    public async Task<Gym> CreateGymAsync(int capacity, DateTime? startsAtUtc = null)
    {
        var tenant = await fixture.CreateTenantAsync();
        var location = await AsAdminAsync<ILocationAppService, LocationDto>(
            tenant, s => s.CreateAsync(new CreateLocationDto { Name = "Downtown", TimeZoneId = "America/New_York" }));
        var classType = await AsAdminAsync<IClassTypeAppService, ClassTypeDto>(
            tenant, s => s.CreateAsync(new CreateClassTypeDto { Name = "WOD", DefaultCapacity = 16, DurationMinutes = 60 }));
        var session = await AsAdminAsync<IClassSessionAppService, ClassSessionDto>(tenant, s => s.CreateAsync(new CreateClassSessionDto
        {
            ClassTypeId = classType.Id,
            LocationId = location.Id,
            StartsAtUtc = startsAtUtc ?? DateTime.UtcNow.AddDays(2),
            Capacity = capacity,
        }));
        return new Gym(tenant, location, classType, session);
    }
}
