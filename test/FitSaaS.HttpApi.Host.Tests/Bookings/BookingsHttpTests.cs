using System.Net;
using System.Net.Http.Json;
using FitSaaS.Bookings;
using FitSaaS.Framework.Application;
using FitSaaS.Testing;
using static FitSaaS.HttpApi.Host.Tests.Bookings.BookingsApi;

namespace FitSaaS.HttpApi.Host.Tests.Bookings;

public sealed class BookingsHttpTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    [Fact]
    public async Task WalkThrough_AdminSchedulesMembersBookCancelAndStaffSeesTheRoster()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var startsAt = DateTime.UtcNow.AddDays(3).Date.AddHours(18);
        var session = await CreateSessionAsync(admin, capacity: 1, startsAt);
        var (aliceId, alice) = await fixture.RegisterMemberAsync(tenant.Name, "alice");
        var (bobId, bob) = await fixture.RegisterMemberAsync(tenant.Name, "bob");
        using var aliceClient = alice;
        using var bobClient = bob;

        var timetable = await aliceClient.GetFromJsonAsync<PagedResultDto<ClassSessionDto>>(
            Relative($"{ClassSessionsRoute}?fromUtc={startsAt.AddDays(-1):yyyy-MM-ddTHH:mm:ssZ}&toUtc={startsAt.AddDays(1):yyyy-MM-ddTHH:mm:ssZ}"), TestJson.Options);
        var aliceBooking = await PostAsync<BookingDto>(aliceClient, BookingsRoute, new { classSessionId = session.Id });
        var bobBooking = await PostAsync<BookingDto>(bobClient, BookingsRoute, new { classSessionId = session.Id });
        var roster = await admin.GetFromJsonAsync<ClassSessionRosterDto>(Relative($"{ClassSessionsRoute}/{session.Id}/roster"), TestJson.Options);
        using var cancelResponse = await aliceClient.PostAsync(Relative($"{BookingsRoute}/{aliceBooking.Id}/cancel"), null);
        var cancelled = await ReadAsync<BookingDto>(cancelResponse);
        var bobAfter = await bobClient.GetFromJsonAsync<BookingDto>(Relative($"{BookingsRoute}/{bobBooking.Id}"), TestJson.Options);
        var aliceList = await aliceClient.GetFromJsonAsync<PagedResultDto<BookingDto>>(Relative(BookingsRoute), TestJson.Options);
        var sessionAfter = await admin.GetFromJsonAsync<ClassSessionDto>(Relative($"{ClassSessionsRoute}/{session.Id}"), TestJson.Options);

        timetable!.Items.ShouldHaveSingleItem().Id.ShouldBe(session.Id);
        timetable.Items[0].TimeZoneId.ShouldBe("America/New_York");
        aliceBooking.Status.ShouldBe(BookingStatus.Confirmed);
        aliceBooking.MemberId.ShouldBe(aliceId);
        bobBooking.Status.ShouldBe(BookingStatus.Waitlisted);
        bobBooking.WaitlistPosition.ShouldBe(1);
        roster!.Confirmed.ShouldHaveSingleItem().MemberUserName.ShouldBe("alice");
        roster.Waitlisted.ShouldHaveSingleItem().MemberId.ShouldBe(bobId);
        cancelled.Status.ShouldBe(BookingStatus.Cancelled);
        bobAfter!.Status.ShouldBe(BookingStatus.Confirmed);
        bobAfter.PromotedAtUtc.ShouldNotBeNull();
        aliceList!.Items.ShouldHaveSingleItem().Id.ShouldBe(aliceBooking.Id);
        sessionAfter!.ConfirmedCount.ShouldBe(1);
        sessionAfter.WaitlistCount.ShouldBe(0);
    }

    [Fact]
    public async Task BookTwice_Is409AlreadyBookedProblem()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var session = await CreateSessionAsync(admin, capacity: 5, DateTime.UtcNow.AddDays(1));
        var (_, member) = await fixture.RegisterMemberAsync(tenant.Name, "twice");
        using var client = member;
        await PostAsync<BookingDto>(client, BookingsRoute, new { classSessionId = session.Id });

        using var response = await client.PostAsJsonAsync(BookingsRoute, new { classSessionId = session.Id }, TestJson.Options);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await ProblemAsync(response);
        problem.GetProperty("status").GetInt32().ShouldBe(409);
        problem.GetProperty("code").GetString().ShouldBe(BookingsErrorCodes.AlreadyBooked);
        problem.TryGetProperty("traceId", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task BookAStartedSession_Is422SessionStartedProblem()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var session = await CreateSessionAsync(admin, capacity: 5, DateTime.UtcNow.AddMinutes(-15));
        var (_, member) = await fixture.RegisterMemberAsync(tenant.Name, "late");
        using var client = member;

        using var response = await client.PostAsJsonAsync(BookingsRoute, new { classSessionId = session.Id }, TestJson.Options);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await ProblemAsync(response);
        problem.GetProperty("code").GetString().ShouldBe(BookingsErrorCodes.SessionStarted);
        problem.GetProperty("data").GetProperty("classSessionId").GetGuid().ShouldBe(session.Id);
    }

    [Fact]
    public async Task CreateLocation_InvalidInput_Is400WithFieldErrors()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");

        using var response = await admin.PostAsJsonAsync(LocationsRoute, new { name = "", timeZoneId = "Mars/Olympus_Mons" }, TestJson.Options);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await ProblemAsync(response);
        problem.GetProperty("code").GetString().ShouldBe("FitSaaS:ValidationFailed");
        var errors = problem.GetProperty("errors");
        errors.TryGetProperty("name", out _).ShouldBeTrue();
        errors.TryGetProperty("timeZoneId", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task StaffOperations_Member_Are403Forbidden()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var session = await CreateSessionAsync(admin, capacity: 5, DateTime.UtcNow.AddDays(1));
        var (_, member) = await fixture.RegisterMemberAsync(tenant.Name, "nosy");
        using var client = member;

        using var createLocation = await client.PostAsJsonAsync(LocationsRoute, new { name = "Garage", timeZoneId = "UTC" }, TestJson.Options);
        using var roster = await client.GetAsync(Relative($"{ClassSessionsRoute}/{session.Id}/roster"));
        using var deleteSession = await client.DeleteAsync(Relative($"{ClassSessionsRoute}/{session.Id}"));
        using var sessions = await client.GetAsync(Relative(ClassSessionsRoute));

        foreach (var response in new[] { createLocation, roster, deleteSession })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await ProblemAsync(response)).GetProperty("code").GetString().ShouldBe("Authorization:Forbidden");
        }

        sessions.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Anonymous_Is401Unauthenticated()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var client = fixture.CreateClient();
        client.DefaultRequestHeaders.Add("__tenant", tenant.Name);

        using var list = await client.GetAsync(Relative(ClassSessionsRoute));
        using var book = await client.PostAsJsonAsync(BookingsRoute, new { classSessionId = Guid.NewGuid() }, TestJson.Options);

        foreach (var response in new[] { list, book })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            (await ProblemAsync(response)).GetProperty("code").GetString().ShouldBe("Authorization:Unauthenticated");
        }
    }

    [Fact]
    public async Task GetSessions_UnknownSortField_Is400()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");

        using var response = await admin.GetAsync(Relative($"{ClassSessionsRoute}?sorting=ConcurrencyStamp"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ProblemAsync(response)).GetProperty("errors").TryGetProperty("sorting", out _).ShouldBeTrue();
    }
}
