using FitSaaS.Bookings;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Identity;
using FitSaaS.Testing;

namespace FitSaaS.Application.Tests.Bookings;

/// <summary>A coach's own sessions, in-process and through the HTTP proxies.</summary>
public abstract class CoachSessionAppServiceTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : CoachSessionAppServiceTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : CoachSessionAppServiceTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private readonly BookingsScenario _scenario = new(fixture);

    [Fact]
    public async Task GetListAsync_ByDefault_TheNext14DaysOfTheCoachsSessions_WithNamesCountsAndCheckIns()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5);
        var coach = await fixture.CreateUserAsync(gym.Tenant.Id, $"coach-{Guid.NewGuid():N}"[..20], IdentityConsts.StaffRole);
        var otherCoach = await fixture.CreateUserAsync(gym.Tenant.Id, $"coach-{Guid.NewGuid():N}"[..20], IdentityConsts.StaffRole);
        var start = DateTime.UtcNow.Date.AddDays(1).AddHours(7);
        var first = await SessionAsync(gym, start, coach);
        var cancelled = await SessionAsync(gym, start.AddDays(3), coach);
        await SessionAsync(gym, start.AddDays(1), otherCoach);
        await SessionAsync(gym, start.AddDays(2), null);
        await SessionAsync(gym, start.AddDays(20), coach);
        await SessionAsync(gym, DateTime.UtcNow.AddDays(-2), coach);
        foreach (var member in await _scenario.CreateMembersAsync(gym.Tenant, 3))
        {
            await _scenario.BookAsync(gym.Tenant, member, first);
        }

        await BookingStatusSeeder.AddAsync(fixture.Services, gym.Tenant.Id, first, BookingStatus.CheckedIn, BookingStatus.CheckedIn);
        await _scenario.AsAdminAsync<IClassSessionAppService, ClassSessionDto>(gym.Tenant, s => s.CancelAsync(cancelled, new CancelClassSessionDto { Reason = "Coach ill" }));

        var mine = await _scenario.AsAsync<ICoachSessionAppService, IReadOnlyList<CoachSessionDto>>(
            gym.Tenant.Id, coach, IdentityConsts.StaffRole, s => s.GetListAsync(new GetCoachSessionListInput()));

        mine.Select(s => s.Id).ShouldBe([first, cancelled]);
        var session = mine[0];
        (session.ClassTypeName, session.LocationName, session.TimeZoneId, session.StartsAtUtc, session.EndsAtUtc, session.Capacity).ShouldBe(
            ("WOD", "Downtown", "America/New_York", start, start.AddHours(1), 5));
        (session.ConfirmedCount, session.WaitlistCount, session.CheckedInCount, session.IsCancelled).ShouldBe((3, 0, 2, false));
        mine[1].IsCancelled.ShouldBeTrue();
    }

    [Fact]
    public async Task GetListAsync_GivenRange_IncludesPastSessions_AndAnotherTenantsCoachSeesNone()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5);
        var coach = await fixture.CreateUserAsync(gym.Tenant.Id, $"coach-{Guid.NewGuid():N}"[..20], IdentityConsts.StaffRole);
        var past = await SessionAsync(gym, DateTime.UtcNow.Date.AddDays(-3).AddHours(18), coach);
        var other = await _scenario.CreateGymAsync(capacity: 5);
        var input = new GetCoachSessionListInput { FromUtc = DateTime.UtcNow.AddDays(-7), ToUtc = DateTime.UtcNow };

        var mine = await _scenario.AsAsync<ICoachSessionAppService, IReadOnlyList<CoachSessionDto>>(
            gym.Tenant.Id, coach, IdentityConsts.StaffRole, s => s.GetListAsync(input));
        // The same user id presented in another tenant (a forged or stale token) is no user there: refused before any read.
        await Should.ThrowAsync<AuthorizationException>(() => _scenario.AsAsync<ICoachSessionAppService, IReadOnlyList<CoachSessionDto>>(
            other.Tenant.Id, coach, IdentityConsts.StaffRole, s => s.GetListAsync(input)));
        var otherCoach = await fixture.CreateUserAsync(other.Tenant.Id, $"coach-{Guid.NewGuid():N}"[..20], IdentityConsts.StaffRole);
        var elsewhere = await _scenario.AsAsync<ICoachSessionAppService, IReadOnlyList<CoachSessionDto>>(
            other.Tenant.Id, otherCoach, IdentityConsts.StaffRole, s => s.GetListAsync(input));
        var admin = await _scenario.AsAdminAsync<ICoachSessionAppService, IReadOnlyList<CoachSessionDto>>(gym.Tenant, s => s.GetListAsync(input));

        mine.ShouldHaveSingleItem().Id.ShouldBe(past);
        elsewhere.ShouldBeEmpty();
        admin.ShouldBeEmpty();
    }

    private async Task<Guid> SessionAsync(Gym gym, DateTime startsAtUtc, Guid? coachId) =>
        (await _scenario.AsAdminAsync<IClassSessionAppService, ClassSessionDto>(gym.Tenant, s => s.CreateAsync(new CreateClassSessionDto
        {
            ClassTypeId = gym.ClassType.Id, LocationId = gym.Location.Id, StartsAtUtc = startsAtUtc, Capacity = 5, CoachId = coachId,
        }))).Id;
}
