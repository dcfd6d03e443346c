using FitSaaS.Bookings;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Identity;
using FitSaaS.Testing;

namespace FitSaaS.Application.Tests.Bookings;

public abstract class ClassSessionAppServiceTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : ClassSessionAppServiceTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : ClassSessionAppServiceTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private readonly BookingsScenario _scenario = new(fixture);

    [Fact]
    public async Task CreateAsync_WithoutCapacityOrDuration_UsesTheClassTypeDefaultsAndNames()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5);
        var startsAt = new DateTime(2031, 6, 1, 10, 0, 0, DateTimeKind.Utc);

        var session = await _scenario.AsAdminAsync<IClassSessionAppService, ClassSessionDto>(gym.Tenant, s => s.CreateAsync(
            new CreateClassSessionDto { ClassTypeId = gym.ClassType.Id, LocationId = gym.Location.Id, StartsAtUtc = startsAt }));

        session.Capacity.ShouldBe(16);
        session.DurationMinutes.ShouldBe(60);
        session.StartsAtUtc.ShouldBe(startsAt);
        session.EndsAtUtc.ShouldBe(startsAt.AddHours(1));
        session.ClassTypeName.ShouldBe("WOD");
        session.LocationName.ShouldBe("Downtown");
        session.TimeZoneId.ShouldBe("America/New_York");
        session.AvailableSeats.ShouldBe(16);
    }

    [Fact]
    public async Task CreateAsync_UnknownCoach_ThrowsCoachNotFound()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5);

        var exception = await Should.ThrowAsync<BusinessException>(() => _scenario.AsAdminAsync<IClassSessionAppService, ClassSessionDto>(gym.Tenant, s => s.CreateAsync(
            new CreateClassSessionDto { ClassTypeId = gym.ClassType.Id, LocationId = gym.Location.Id, StartsAtUtc = DateTime.UtcNow.AddDays(1), CoachId = Guid.NewGuid() })));

        exception.Code.ShouldBe(BookingsErrorCodes.CoachNotFound);
    }

    [Fact]
    public async Task CreateAsync_CoachOfTheTenant_AssignsTheCoach()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5);
        var coach = await fixture.CreateUserAsync(gym.Tenant.Id, "coach-anna", IdentityConsts.StaffRole);

        var session = await _scenario.AsAdminAsync<IClassSessionAppService, ClassSessionDto>(gym.Tenant, s => s.CreateAsync(
            new CreateClassSessionDto { ClassTypeId = gym.ClassType.Id, LocationId = gym.Location.Id, StartsAtUtc = DateTime.UtcNow.AddDays(1), CoachId = coach }));

        session.CoachId.ShouldBe(coach);
    }

    [Fact]
    public async Task CreateAsync_CoachOfAnotherTenant_ThrowsCoachNotFound()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5);
        var other = await fixture.CreateTenantAsync();

        var exception = await Should.ThrowAsync<BusinessException>(() => _scenario.AsAdminAsync<IClassSessionAppService, ClassSessionDto>(gym.Tenant, s => s.CreateAsync(
            new CreateClassSessionDto { ClassTypeId = gym.ClassType.Id, LocationId = gym.Location.Id, StartsAtUtc = DateTime.UtcNow.AddDays(1), CoachId = other.AdminUserId })));

        exception.Code.ShouldBe(BookingsErrorCodes.CoachNotFound);
    }

    [Fact]
    public async Task CreateAsync_MissingIds_ThrowsValidationForEachId()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5);

        var exception = await Should.ThrowAsync<FitSaaSValidationException>(() => _scenario.AsAdminAsync<IClassSessionAppService, ClassSessionDto>(
            gym.Tenant, s => s.CreateAsync(new CreateClassSessionDto { StartsAtUtc = DateTime.UtcNow.AddDays(1) })));

        exception.Errors.Keys.ShouldBe(["classTypeId", "locationId"], ignoreOrder: true);
    }

    [Fact]
    public async Task CreateAsync_NoStartAndZeroCapacity_ThrowsValidation()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5);

        var exception = await Should.ThrowAsync<FitSaaSValidationException>(() => _scenario.AsAdminAsync<IClassSessionAppService, ClassSessionDto>(
            gym.Tenant, s => s.CreateAsync(new CreateClassSessionDto { ClassTypeId = gym.ClassType.Id, LocationId = gym.Location.Id, Capacity = 0 })));

        exception.Errors.Keys.ShouldBe(["startsAtUtc", "capacity"], ignoreOrder: true);
    }

    [Fact]
    public async Task GetListAsync_RangeAndLocationFilter_ReturnsMatchingSessionsByStart()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5, startsAtUtc: new DateTime(2031, 1, 5, 9, 0, 0, DateTimeKind.Utc));
        var uptown = await _scenario.AsAdminAsync<ILocationAppService, LocationDto>(
            gym.Tenant, s => s.CreateAsync(new CreateLocationDto { Name = "Uptown", TimeZoneId = "America/New_York" }));
        foreach (var (day, location) in new[] { (1, gym.Location.Id), (3, gym.Location.Id), (2, uptown.Id), (9, gym.Location.Id) })
        {
            await _scenario.AsAdminAsync<IClassSessionAppService, ClassSessionDto>(gym.Tenant, s => s.CreateAsync(new CreateClassSessionDto
            {
                ClassTypeId = gym.ClassType.Id, LocationId = location, StartsAtUtc = new DateTime(2031, 1, day, 18, 0, 0, DateTimeKind.Utc),
            }));
        }

        var member = (await _scenario.CreateMembersAsync(gym.Tenant, 1))[0];

        var page = await _scenario.AsMemberAsync<IClassSessionAppService, PagedResultDto<ClassSessionDto>>(gym.Tenant, member, s => s.GetListAsync(new GetClassSessionListInput
        {
            FromUtc = new DateTime(2031, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            ToUtc = new DateTime(2031, 1, 8, 0, 0, 0, DateTimeKind.Utc),
            LocationId = gym.Location.Id,
        }));

        page.TotalCount.ShouldBe(3);
        page.Items.Select(s => s.StartsAtUtc.Day).ShouldBe([1, 3, 5]);
        page.Items.ShouldAllBe(s => s.LocationName == "Downtown" && s.ClassTypeName == "WOD");
    }

    [Fact]
    public async Task GetListAsync_DefaultOrder_MatchesTheExplicitStartOrderForEveryFilter()
    {
        // The default order runs compiled queries; an explicit sort runs the general query: both must answer alike.
        var gym = await _scenario.CreateGymAsync(capacity: 5, startsAtUtc: new DateTime(2033, 5, 1, 6, 0, 0, DateTimeKind.Utc));
        var coach = await fixture.CreateUserAsync(gym.Tenant.Id, "coach-lee", IdentityConsts.StaffRole);
        var yoga = await _scenario.AsAdminAsync<IClassTypeAppService, ClassTypeDto>(
            gym.Tenant, s => s.CreateAsync(new CreateClassTypeDto { Name = "Yoga", DefaultCapacity = 8, DurationMinutes = 60 }));
        var uptown = await _scenario.AsAdminAsync<ILocationAppService, LocationDto>(
            gym.Tenant, s => s.CreateAsync(new CreateLocationDto { Name = "Uptown", TimeZoneId = "Europe/Berlin" }));
        foreach (var (day, classType, location, coachId) in new[]
        {
            (2, yoga.Id, gym.Location.Id, (Guid?)coach), (3, gym.ClassType.Id, uptown.Id, coach), (3, yoga.Id, uptown.Id, null),
            (4, yoga.Id, gym.Location.Id, null), (6, gym.ClassType.Id, gym.Location.Id, coach),
        })
        {
            await _scenario.AsAdminAsync<IClassSessionAppService, ClassSessionDto>(gym.Tenant, s => s.CreateAsync(new CreateClassSessionDto
            {
                ClassTypeId = classType, LocationId = location, StartsAtUtc = new DateTime(2033, 5, day, 7, 0, 0, DateTimeKind.Utc), CoachId = coachId,
            }));
        }

        var from = new DateTime(2033, 5, 2, 0, 0, 0, DateTimeKind.Utc);
        var to = new DateTime(2033, 5, 6, 0, 0, 0, DateTimeKind.Utc);
        GetClassSessionListInput[] inputs =
        [
            new() { MaxResultCount = 100 },
            new() { FromUtc = from, ToUtc = to, MaxResultCount = 100 },
            new() { ClassTypeId = yoga.Id, MaxResultCount = 100 },
            new() { CoachId = coach, MaxResultCount = 100 },
            new() { LocationId = uptown.Id, ClassTypeId = yoga.Id, MaxResultCount = 100 },
            new() { FromUtc = from, CoachId = coach, SkipCount = 1, MaxResultCount = 1 },
        ];
        var expectedCounts = new long[] { 6, 4, 3, 3, 1, 3 };
        for (var i = 0; i < inputs.Length; i++)
        {
            var input = inputs[i];
            var byDefault = await _scenario.AsAdminAsync<IClassSessionAppService, PagedResultDto<ClassSessionDto>>(gym.Tenant, s => s.GetListAsync(input));
            var explicitOrder = await _scenario.AsAdminAsync<IClassSessionAppService, PagedResultDto<ClassSessionDto>>(gym.Tenant, s => s.GetListAsync(new GetClassSessionListInput
            {
                FromUtc = input.FromUtc, ToUtc = input.ToUtc, LocationId = input.LocationId, ClassTypeId = input.ClassTypeId, CoachId = input.CoachId,
                SkipCount = input.SkipCount, MaxResultCount = input.MaxResultCount, Sorting = "startsAtUtc asc",
            }));

            byDefault.TotalCount.ShouldBe(expectedCounts[i], $"input {i}");
            byDefault.TotalCount.ShouldBe(explicitOrder.TotalCount, $"input {i}");
            byDefault.Items.Select(s => s.Id).ShouldBe(explicitOrder.Items.Select(s => s.Id), $"input {i}");
            byDefault.Items.ShouldAllBe(s => s.ClassTypeName != null && s.LocationName != null);
        }
    }

    [Fact]
    public async Task GetListAsync_SortedByStartDescendingWithPaging_ReturnsTheRequestedPage()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5, startsAtUtc: new DateTime(2032, 3, 1, 9, 0, 0, DateTimeKind.Utc));
        for (var day = 2; day <= 4; day++)
        {
            var date = new DateTime(2032, 3, day, 9, 0, 0, DateTimeKind.Utc);
            await _scenario.AsAdminAsync<IClassSessionAppService, ClassSessionDto>(gym.Tenant, s => s.CreateAsync(
                new CreateClassSessionDto { ClassTypeId = gym.ClassType.Id, LocationId = gym.Location.Id, StartsAtUtc = date }));
        }

        var page = await _scenario.AsAdminAsync<IClassSessionAppService, PagedResultDto<ClassSessionDto>>(gym.Tenant, s => s.GetListAsync(
            new GetClassSessionListInput { Sorting = "startsAtUtc desc", SkipCount = 1, MaxResultCount = 2 }));

        page.TotalCount.ShouldBe(4);
        page.Items.Select(s => s.StartsAtUtc.Day).ShouldBe([3, 2]);
    }

    [Fact]
    public async Task GetListAsync_ToBeforeFrom_ThrowsValidation()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5);

        var exception = await Should.ThrowAsync<FitSaaSValidationException>(() => _scenario.AsAdminAsync<IClassSessionAppService, PagedResultDto<ClassSessionDto>>(
            gym.Tenant, s => s.GetListAsync(new GetClassSessionListInput { FromUtc = DateTime.UtcNow, ToUtc = DateTime.UtcNow.AddDays(-1) })));

        exception.Errors.Keys.ShouldContain("toUtc");
    }

    [Fact]
    public async Task UpdateAsync_CapacityRaised_PromotesWaitlistedIntoTheNewSeats()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 1);
        var members = await _scenario.CreateBookedMembersAsync(gym, 3);

        var updated = await _scenario.AsAdminAsync<IClassSessionAppService, ClassSessionDto>(gym.Tenant, s => s.UpdateAsync(gym.Session.Id, new UpdateClassSessionDto
        {
            LocationId = gym.Location.Id, StartsAtUtc = gym.Session.StartsAtUtc, DurationMinutes = 45, Capacity = 2,
        }));

        updated.Capacity.ShouldBe(2);
        updated.DurationMinutes.ShouldBe(45);
        updated.ConfirmedCount.ShouldBe(2);
        updated.WaitlistCount.ShouldBe(1);
        var roster = await _scenario.AsAdminAsync<IClassSessionAppService, ClassSessionRosterDto>(gym.Tenant, s => s.GetRosterAsync(gym.Session.Id));
        roster.Confirmed.Select(e => e.MemberId).ShouldBe([members[0], members[1]]);
        roster.Waitlisted.ShouldHaveSingleItem().WaitlistPosition.ShouldBe(1);
    }

    [Fact]
    public async Task UpdateAsync_CapacityBelowConfirmed_ThrowsCapacityBelowConfirmed()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 3);
        var members = await _scenario.CreateBookedMembersAsync(gym, 2);

        var exception = await Should.ThrowAsync<BusinessException>(() => _scenario.AsAdminAsync<IClassSessionAppService, ClassSessionDto>(gym.Tenant, s => s.UpdateAsync(
            gym.Session.Id, new UpdateClassSessionDto { LocationId = gym.Location.Id, StartsAtUtc = gym.Session.StartsAtUtc, DurationMinutes = 60, Capacity = 1 })));

        exception.Code.ShouldBe(BookingsErrorCodes.CapacityBelowConfirmed);
        (await _scenario.GetSessionAsync(gym.Tenant, gym.Session.Id)).Capacity.ShouldBe(3);
    }

    [Fact]
    public async Task UpdateAsync_StaleConcurrencyStamp_ThrowsConcurrencyConflict()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 3);
        var member = (await _scenario.CreateMembersAsync(gym.Tenant, 1))[0];
        await _scenario.BookAsync(gym.Tenant, member, gym.Session.Id);

        var exception = await Should.ThrowAsync<BusinessException>(() => _scenario.AsAdminAsync<IClassSessionAppService, ClassSessionDto>(gym.Tenant, s => s.UpdateAsync(
            gym.Session.Id,
            new UpdateClassSessionDto
            {
                LocationId = gym.Location.Id, StartsAtUtc = gym.Session.StartsAtUtc, DurationMinutes = 60, Capacity = 3, ConcurrencyStamp = gym.Session.ConcurrencyStamp,
            })));

        exception.Code.ShouldBe("FitSaaS:ConcurrencyConflict");
    }

    [Fact]
    public async Task GetRosterAsync_Staff_SeesConfirmedAndWaitlistInOrderWithUserNames()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 2);
        var members = new List<Guid>();
        foreach (var name in new[] { "ada", "bob", "cy", "dee" })
        {
            members.Add(await fixture.CreateUserAsync(gym.Tenant.Id, name, IdentityConsts.MemberRole));
        }

        foreach (var member in members)
        {
            await _scenario.BookAsync(gym.Tenant, member, gym.Session.Id);
        }

        var staff = await fixture.CreateUserAsync(gym.Tenant.Id, "coach", IdentityConsts.StaffRole);

        var roster = await _scenario.AsAsync<IClassSessionAppService, ClassSessionRosterDto>(
            gym.Tenant.Id, staff, IdentityConsts.StaffRole, s => s.GetRosterAsync(gym.Session.Id));

        roster.Confirmed.Select(e => e.MemberUserName).ShouldBe(["ada", "bob"]);
        roster.Waitlisted.Select(e => (e.MemberUserName, e.WaitlistPosition)).ShouldBe([("cy", (int?)1), ("dee", (int?)2)]);
        roster.ClassSession.ConfirmedCount.ShouldBe(2);
    }

    [Fact]
    public async Task DeleteAsync_WithActiveBookings_ThrowsSessionHasBookings()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 2);
        var member = (await _scenario.CreateMembersAsync(gym.Tenant, 1))[0];
        await _scenario.BookAsync(gym.Tenant, member, gym.Session.Id);

        var exception = await Should.ThrowAsync<BusinessException>(
            () => _scenario.AsAdminAsync<IClassSessionAppService, bool>(gym.Tenant, async s => { await s.DeleteAsync(gym.Session.Id); return true; }));

        exception.Code.ShouldBe(BookingsErrorCodes.SessionHasBookings);
        (await _scenario.GetSessionAsync(gym.Tenant, gym.Session.Id)).Id.ShouldBe(gym.Session.Id);
    }

    [Fact]
    public async Task DeleteAsync_WithoutBookings_HidesTheSession()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 2);

        await _scenario.AsAdminAsync<IClassSessionAppService, bool>(gym.Tenant, async s => { await s.DeleteAsync(gym.Session.Id); return true; });

        await Should.ThrowAsync<EntityNotFoundException>(() => _scenario.GetSessionAsync(gym.Tenant, gym.Session.Id));
    }
}
