using FitSaaS.Bookings;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Testing;

namespace FitSaaS.Application.Tests.Bookings;

public abstract class BookingsTenantIsolationTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : BookingsTenantIsolationTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : BookingsTenantIsolationTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private readonly BookingsScenario _scenario = new(fixture);

    [Fact]
    public async Task OtherTenantAdmin_CannotReadChangeOrDeleteLocationsOrClassTypes()
    {
        var a = await _scenario.CreateGymAsync(capacity: 5);
        var b = await fixture.CreateTenantAsync();
        var calls = new Func<Task>[]
        {
            () => _scenario.AsAdminAsync<ILocationAppService, LocationDto>(b, s => s.GetAsync(a.Location.Id)),
            () => _scenario.AsAdminAsync<ILocationAppService, LocationDto>(b, s => s.UpdateAsync(a.Location.Id, new UpdateLocationDto { Name = "Hijacked", TimeZoneId = "UTC" })),
            () => _scenario.AsAdminAsync<ILocationAppService, bool>(b, async s => { await s.DeleteAsync(a.Location.Id); return true; }),
            () => _scenario.AsAdminAsync<IClassTypeAppService, ClassTypeDto>(b, s => s.GetAsync(a.ClassType.Id)),
            () => _scenario.AsAdminAsync<IClassTypeAppService, ClassTypeDto>(b, s => s.UpdateAsync(a.ClassType.Id, new UpdateClassTypeDto { Name = "Hijacked", DefaultCapacity = 1, DurationMinutes = 1 })),
            () => _scenario.AsAdminAsync<IClassTypeAppService, bool>(b, async s => { await s.DeleteAsync(a.ClassType.Id); return true; }),
        };

        foreach (var call in calls)
        {
            await Should.ThrowAsync<EntityNotFoundException>(call);
        }

        var location = await _scenario.AsAdminAsync<ILocationAppService, LocationDto>(a.Tenant, s => s.GetAsync(a.Location.Id));
        var classType = await _scenario.AsAdminAsync<IClassTypeAppService, ClassTypeDto>(a.Tenant, s => s.GetAsync(a.ClassType.Id));
        location.Name.ShouldBe("Downtown");
        classType.Name.ShouldBe("WOD");
    }

    [Fact]
    public async Task OtherTenantAdmin_CannotReadChangeOrDeleteSessionsOrSeeTheirRoster()
    {
        var a = await _scenario.CreateGymAsync(capacity: 5);
        var b = await fixture.CreateTenantAsync();
        var update = new UpdateClassSessionDto { LocationId = a.Location.Id, StartsAtUtc = DateTime.UtcNow.AddDays(5), DurationMinutes = 30, Capacity = 1 };
        var calls = new Func<Task>[]
        {
            () => _scenario.AsAdminAsync<IClassSessionAppService, ClassSessionDto>(b, s => s.GetAsync(a.Session.Id)),
            () => _scenario.AsAdminAsync<IClassSessionAppService, ClassSessionDto>(b, s => s.UpdateAsync(a.Session.Id, update)),
            () => _scenario.AsAdminAsync<IClassSessionAppService, bool>(b, async s => { await s.DeleteAsync(a.Session.Id); return true; }),
            () => _scenario.AsAdminAsync<IClassSessionAppService, ClassSessionRosterDto>(b, s => s.GetRosterAsync(a.Session.Id)),
        };

        foreach (var call in calls)
        {
            await Should.ThrowAsync<EntityNotFoundException>(call);
        }

        var session = await _scenario.GetSessionAsync(a.Tenant, a.Session.Id);
        session.Capacity.ShouldBe(5);
        session.DurationMinutes.ShouldBe(60);
    }

    [Fact]
    public async Task OtherTenantAdmin_CannotReadOrCancelBookingsNorBookTheSession()
    {
        var a = await _scenario.CreateGymAsync(capacity: 5);
        var member = (await _scenario.CreateMembersAsync(a.Tenant, 1))[0];
        var booking = await _scenario.BookAsync(a.Tenant, member, a.Session.Id);
        var b = await fixture.CreateTenantAsync();

        await Should.ThrowAsync<EntityNotFoundException>(() => _scenario.AsAdminAsync<IBookingAppService, BookingDto>(b, s => s.GetAsync(booking.Id)));
        await Should.ThrowAsync<EntityNotFoundException>(() => _scenario.AsAdminAsync<IBookingAppService, BookingDto>(b, s => s.CancelAsync(booking.Id, new CancelBookingDto { Reason = "Front desk: member called in sick" })));
        await Should.ThrowAsync<EntityNotFoundException>(() => _scenario.AsAdminAsync<IBookingAppService, BookingDto>(
            b, s => s.CreateAsync(new CreateBookingDto { ClassSessionId = a.Session.Id })));
        var list = await _scenario.AsAdminAsync<IBookingAppService, PagedResultDto<BookingDto>>(b, s => s.GetListAsync(new GetBookingListInput { ClassSessionId = a.Session.Id }));

        list.TotalCount.ShouldBe(0);
        var unchanged = await _scenario.AsMemberAsync<IBookingAppService, BookingDto>(a.Tenant, member, s => s.GetAsync(booking.Id));
        unchanged.Status.ShouldBe(BookingStatus.Confirmed);
        (await _scenario.GetSessionAsync(a.Tenant, a.Session.Id)).ConfirmedCount.ShouldBe(1);
    }

    [Fact]
    public async Task OtherTenantAdmin_ListsShowNothingOfTheFirstTenant()
    {
        var a = await _scenario.CreateGymAsync(capacity: 5);
        var b = await fixture.CreateTenantAsync();

        var locations = await _scenario.AsAdminAsync<ILocationAppService, PagedResultDto<LocationDto>>(b, s => s.GetListAsync(new GetLocationListInput()));
        var classTypes = await _scenario.AsAdminAsync<IClassTypeAppService, PagedResultDto<ClassTypeDto>>(b, s => s.GetListAsync(new GetClassTypeListInput()));
        var sessions = await _scenario.AsAdminAsync<IClassSessionAppService, PagedResultDto<ClassSessionDto>>(
            b, s => s.GetListAsync(new GetClassSessionListInput { LocationId = a.Location.Id }));

        locations.TotalCount.ShouldBe(0);
        classTypes.TotalCount.ShouldBe(0);
        sessions.TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task OtherTenantAdmin_CannotScheduleWithTheFirstTenantsClassTypeOrLocation()
    {
        var a = await _scenario.CreateGymAsync(capacity: 5);
        var b = await _scenario.CreateGymAsync(capacity: 5);

        var foreignType = await Should.ThrowAsync<BusinessException>(() => _scenario.AsAdminAsync<IClassSessionAppService, ClassSessionDto>(b.Tenant, s => s.CreateAsync(
            new CreateClassSessionDto { ClassTypeId = a.ClassType.Id, LocationId = b.Location.Id, StartsAtUtc = DateTime.UtcNow.AddDays(1) })));
        var foreignLocation = await Should.ThrowAsync<BusinessException>(() => _scenario.AsAdminAsync<IClassSessionAppService, ClassSessionDto>(b.Tenant, s => s.CreateAsync(
            new CreateClassSessionDto { ClassTypeId = b.ClassType.Id, LocationId = a.Location.Id, StartsAtUtc = DateTime.UtcNow.AddDays(1) })));
        var foreignMove = await Should.ThrowAsync<BusinessException>(() => _scenario.AsAdminAsync<IClassSessionAppService, ClassSessionDto>(b.Tenant, s => s.UpdateAsync(
            b.Session.Id, new UpdateClassSessionDto { LocationId = a.Location.Id, StartsAtUtc = b.Session.StartsAtUtc, DurationMinutes = 60, Capacity = 5 })));

        foreignType.Code.ShouldBe(BookingsErrorCodes.ClassTypeNotFound);
        foreignLocation.Code.ShouldBe(BookingsErrorCodes.LocationNotFound);
        foreignMove.Code.ShouldBe(BookingsErrorCodes.LocationNotFound);
    }
}
