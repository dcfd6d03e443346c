using System.Net;
using System.Net.Http.Json;
using FitSaaS.Bookings;
using FitSaaS.Framework.Application;
using FitSaaS.Testing;
using static FitSaaS.HttpApi.Host.Tests.Bookings.BookingsApi;

namespace FitSaaS.HttpApi.Host.Tests.Bookings;

public sealed class BookingsHttpTenantIsolationTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    [Fact]
    public async Task OtherTenantAdmin_GetsOnly404ForLocationsSessionsAndBookings()
    {
        var (a, session, booking) = await CreateBookedGymAsync();
        var b = await fixture.CreateTenantAsync();
        using var adminB = await fixture.LoginAsync(b.Name, "admin");
        var requests = new Func<Task<HttpResponseMessage>>[]
        {
            () => adminB.GetAsync(Relative($"{LocationsRoute}/{session.LocationId}")),
            () => adminB.PutAsJsonAsync($"{LocationsRoute}/{session.LocationId}", new { name = "Hijacked", timeZoneId = "UTC" }, TestJson.Options),
            () => adminB.DeleteAsync(Relative($"{LocationsRoute}/{session.LocationId}")),
            () => adminB.GetAsync(Relative($"{ClassTypesRoute}/{session.ClassTypeId}")),
            () => adminB.GetAsync(Relative($"{ClassSessionsRoute}/{session.Id}")),
            () => adminB.PutAsJsonAsync($"{ClassSessionsRoute}/{session.Id}", new { locationId = session.LocationId, startsAtUtc = session.StartsAtUtc, durationMinutes = 30, capacity = 1 }, TestJson.Options),
            () => adminB.DeleteAsync(Relative($"{ClassSessionsRoute}/{session.Id}")),
            () => adminB.GetAsync(Relative($"{ClassSessionsRoute}/{session.Id}/roster")),
            () => adminB.GetAsync(Relative($"{BookingsRoute}/{booking.Id}")),
            () => adminB.PostAsync(Relative($"{BookingsRoute}/{booking.Id}/cancel"), null),
            () => adminB.PostAsJsonAsync(BookingsRoute, new { classSessionId = session.Id }, TestJson.Options),
        };

        foreach (var request in requests)
        {
            using var response = await request();
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await ProblemAsync(response)).GetProperty("code").GetString().ShouldBe("FitSaaS:EntityNotFound");
        }

        await AssertUntouchedAsync(a, session, booking);
    }

    [Fact]
    public async Task OtherTenantAdmin_WithForgedTenantHeader_IsRefusedAndSeesNoData()
    {
        var (a, session, booking) = await CreateBookedGymAsync();
        var b = await fixture.CreateTenantAsync();
        using var adminB = await fixture.LoginAsync(b.Name, "admin");
        adminB.DefaultRequestHeaders.Add("__tenant", a.Name);
        var requests = new Func<Task<HttpResponseMessage>>[]
        {
            () => adminB.GetAsync(Relative(LocationsRoute)),
            () => adminB.GetAsync(Relative($"{LocationsRoute}/{session.LocationId}")),
            () => adminB.GetAsync(Relative($"{ClassSessionsRoute}/{session.Id}/roster")),
            () => adminB.GetAsync(Relative($"{BookingsRoute}?classSessionId={session.Id}")),
            () => adminB.PostAsync(Relative($"{BookingsRoute}/{booking.Id}/cancel"), null),
            () => adminB.DeleteAsync(Relative($"{ClassSessionsRoute}/{session.Id}")),
        };

        foreach (var request in requests)
        {
            using var response = await request();
            response.StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound);
            var body = await response.Content.ReadAsStringAsync();
            body.ShouldNotContain(session.Id.ToString());
            body.ShouldNotContain("Downtown");
        }

        await AssertUntouchedAsync(a, session, booking);
    }

    [Fact]
    public async Task OtherTenantAdmin_ListsAreEmpty()
    {
        var (_, session, _) = await CreateBookedGymAsync();
        var b = await fixture.CreateTenantAsync();
        using var adminB = await fixture.LoginAsync(b.Name, "admin");

        var locations = await adminB.GetFromJsonAsync<PagedResultDto<LocationDto>>(Relative(LocationsRoute), TestJson.Options);
        var sessions = await adminB.GetFromJsonAsync<PagedResultDto<ClassSessionDto>>(Relative(ClassSessionsRoute), TestJson.Options);
        var bookings = await adminB.GetFromJsonAsync<PagedResultDto<BookingDto>>(Relative($"{BookingsRoute}?classSessionId={session.Id}"), TestJson.Options);

        locations!.TotalCount.ShouldBe(0);
        sessions!.TotalCount.ShouldBe(0);
        bookings!.TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task AnotherMemberOfTheSameTenant_Gets404ForSomeoneElsesBooking()
    {
        var (a, session, booking) = await CreateBookedGymAsync();
        var (_, other) = await fixture.RegisterMemberAsync(a.Name, "other");
        using var client = other;

        using var get = await client.GetAsync(Relative($"{BookingsRoute}/{booking.Id}"));
        using var cancel = await client.PostAsync(Relative($"{BookingsRoute}/{booking.Id}/cancel"), null);
        using var list = await client.GetAsync(Relative($"{BookingsRoute}?memberId={booking.MemberId}"));

        get.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        cancel.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        list.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await AssertUntouchedAsync(a, session, booking);
    }

    private async Task<(TestTenant Tenant, ClassSessionDto Session, BookingDto Booking)> CreateBookedGymAsync()
    {
        var a = await fixture.CreateTenantAsync();
        using var adminA = await fixture.LoginAsync(a.Name, "admin");
        var session = await CreateSessionAsync(adminA, capacity: 5, DateTime.UtcNow.AddDays(2));
        var (_, member) = await fixture.RegisterMemberAsync(a.Name, "owner");
        using var memberClient = member;
        var booking = await PostAsync<BookingDto>(memberClient, BookingsRoute, new { classSessionId = session.Id });
        return (a, session, booking);
    }

    private async Task AssertUntouchedAsync(TestTenant a, ClassSessionDto session, BookingDto booking)
    {
        using var adminA = await fixture.LoginAsync(a.Name, "admin");
        var location = await adminA.GetFromJsonAsync<LocationDto>(Relative($"{LocationsRoute}/{session.LocationId}"), TestJson.Options);
        var sessionNow = await adminA.GetFromJsonAsync<ClassSessionDto>(Relative($"{ClassSessionsRoute}/{session.Id}"), TestJson.Options);
        var bookingNow = await adminA.GetFromJsonAsync<BookingDto>(Relative($"{BookingsRoute}/{booking.Id}"), TestJson.Options);
        location!.Name.ShouldBe("Downtown");
        sessionNow!.Capacity.ShouldBe(5);
        sessionNow.ConfirmedCount.ShouldBe(1);
        bookingNow!.Status.ShouldBe(BookingStatus.Confirmed);
    }
}
