using System.Net;
using System.Net.Http.Json;
using FitSaaS.Bookings;
using FitSaaS.Testing;
using static FitSaaS.HttpApi.Host.Tests.Bookings.BookingsApi;

namespace FitSaaS.HttpApi.Host.Tests.Bookings;

/// <summary>
/// Check-in over HTTP: the member's personal token (once, for their own booking of that session, in its gym, inside the
/// check-in window) and staff checking in from the roster; a refused token is a 400 problem that changes nothing.
/// </summary>
public sealed class CheckInHttpTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    private const string CheckInWithTokenRoute = BookingsRoute + "/check-in-with-token";

    [Fact]
    public async Task CheckInWithToken_TheMembersOwnToken_ChecksInOnce_ARepeatAnswersAlreadyCheckedIn()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var session = await CreateSessionAsync(admin, capacity: 5, StartsIn(10));
        var (memberId, member) = await fixture.RegisterMemberAsync(tenant.Name, "punctual");
        using var memberClient = member;
        var booking = await PostAsync<BookingDto>(memberClient, BookingsRoute, new { classSessionId = session.Id });
        var token = await memberClient.GetFromJsonAsync<CheckInTokenDto>(Relative($"{BookingsRoute}/{booking.Id}/check-in-token"), TestJson.Options);

        var first = await PostAsync<CheckInResultDto>(memberClient, CheckInWithTokenRoute, new { classSessionId = session.Id, token = token!.Token });
        var repeat = await PostAsync<CheckInResultDto>(memberClient, CheckInWithTokenRoute, new { classSessionId = session.Id, token = token.Token });

        (token.BookingId, token.ClassSessionId).ShouldBe((booking.Id, session.Id));
        (token.CheckInOpensAtUtc, token.CheckInClosesAtUtc).ShouldBe((session.StartsAtUtc.AddMinutes(-30), session.StartsAtUtc.AddMinutes(10)));
        (first.AlreadyCheckedIn, first.Booking.Id, first.Booking.MemberId, first.Booking.Status).ShouldBe((false, booking.Id, memberId, BookingStatus.CheckedIn));
        first.Booking.CheckedInAtUtc.ShouldNotBeNull();
        (repeat.AlreadyCheckedIn, repeat.Booking.Status, repeat.Booking.CheckedInAtUtc).ShouldBe((true, BookingStatus.CheckedIn, first.Booking.CheckedInAtUtc));
        var report = await admin.GetFromJsonAsync<AttendanceReportDto>(Relative(
            $"/api/bookings/attendance-report?fromUtc={session.StartsAtUtc.AddHours(-1):yyyy-MM-ddTHH:mm:ssZ}&toUtc={session.StartsAtUtc.AddHours(1):yyyy-MM-ddTHH:mm:ssZ}"),
            TestJson.Options);
        (report!.Total.SessionCount, report.Total.Booked, report.Total.Attended, report.Total.AttendanceRate).ShouldBe((1, 1, 1, 1m));
    }

    [Fact]
    public async Task CheckInWithToken_OfAnotherSessionMemberOrGym_OrGarbage_Is400InvalidCheckInToken_AndNothingChanges()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var session = await CreateSessionAsync(admin, capacity: 5, StartsIn(10));
        var otherSession = await CreateSessionAsync(admin, capacity: 5, StartsIn(15));
        var (_, owner) = await fixture.RegisterMemberAsync(tenant.Name, "owner");
        var (_, thief) = await fixture.RegisterMemberAsync(tenant.Name, "thief");
        using var ownerClient = owner;
        using var thiefClient = thief;
        var booking = await PostAsync<BookingDto>(ownerClient, BookingsRoute, new { classSessionId = session.Id });
        await PostAsync<BookingDto>(thiefClient, BookingsRoute, new { classSessionId = session.Id });
        var token = (await ownerClient.GetFromJsonAsync<CheckInTokenDto>(Relative($"{BookingsRoute}/{booking.Id}/check-in-token"), TestJson.Options))!.Token;
        var otherGym = await fixture.CreateTenantAsync();
        using var otherAdmin = await fixture.LoginAsync(otherGym.Name, "admin");

        using var wrongSession = await ownerClient.PostAsJsonAsync(CheckInWithTokenRoute, new { classSessionId = otherSession.Id, token }, TestJson.Options);
        using var anotherMember = await thiefClient.PostAsJsonAsync(CheckInWithTokenRoute, new { classSessionId = session.Id, token }, TestJson.Options);
        using var garbage = await ownerClient.PostAsJsonAsync(CheckInWithTokenRoute, new { classSessionId = session.Id, token = "not-a-check-in-token" }, TestJson.Options);
        using var tampered = await ownerClient.PostAsJsonAsync(CheckInWithTokenRoute, new { classSessionId = session.Id, token = token[..^4] + "AAAA" }, TestJson.Options);
        using var anotherGym = await otherAdmin.PostAsJsonAsync(CheckInWithTokenRoute, new { classSessionId = session.Id, token }, TestJson.Options);

        foreach (var response in new[] { wrongSession, anotherMember, garbage, tampered, anotherGym })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await ProblemAsync(response)).GetProperty("code").GetString().ShouldBe(BookingsErrorCodes.InvalidCheckInToken);
        }

        var after = await admin.GetFromJsonAsync<BookingDto>(Relative($"{BookingsRoute}/{booking.Id}"), TestJson.Options);
        (after!.Status, after.CheckedInAtUtc).ShouldBe((BookingStatus.Confirmed, null));
        var roster = await admin.GetFromJsonAsync<ClassSessionRosterDto>(Relative($"{ClassSessionsRoute}/{session.Id}/roster"), TestJson.Options);
        roster!.Confirmed.Select(e => e.Status).ShouldAllBe(s => s == BookingStatus.Confirmed);
        roster.Confirmed.Count.ShouldBe(2);
    }

    [Fact]
    public async Task CheckInWithToken_OutsideTheCheckInWindow_Is422CheckInWindowClosed_AndNothingChanges()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var session = await CreateSessionAsync(admin, capacity: 5, StartsIn(2 * 24 * 60));
        var (_, member) = await fixture.RegisterMemberAsync(tenant.Name, "early");
        using var memberClient = member;
        var booking = await PostAsync<BookingDto>(memberClient, BookingsRoute, new { classSessionId = session.Id });
        var token = await memberClient.GetFromJsonAsync<CheckInTokenDto>(Relative($"{BookingsRoute}/{booking.Id}/check-in-token"), TestJson.Options);

        using var response = await memberClient.PostAsJsonAsync(CheckInWithTokenRoute, new { classSessionId = session.Id, token = token!.Token }, TestJson.Options);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await ProblemAsync(response);
        problem.GetProperty("code").GetString().ShouldBe(BookingsErrorCodes.CheckInWindowClosed);
        problem.GetProperty("data").GetProperty("opensAtUtc").GetDateTime().ShouldBe(session.StartsAtUtc.AddMinutes(-30));
        var after = await memberClient.GetFromJsonAsync<BookingDto>(Relative($"{BookingsRoute}/{booking.Id}"), TestJson.Options);
        after!.Status.ShouldBe(BookingStatus.Confirmed);
    }

    [Fact]
    public async Task StaffCheckIn_FromTheRoster_ChecksIn_AMemberCallingIt_Is403()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var session = await CreateSessionAsync(admin, capacity: 5, StartsIn(10));
        var (_, member) = await fixture.RegisterMemberAsync(tenant.Name, "forgetful");
        using var memberClient = member;
        var booking = await PostAsync<BookingDto>(memberClient, BookingsRoute, new { classSessionId = session.Id });

        using var byMember = await memberClient.PostAsync(Relative($"{BookingsRoute}/{booking.Id}/check-in"), null);
        var beforeStaff = await memberClient.GetFromJsonAsync<BookingDto>(Relative($"{BookingsRoute}/{booking.Id}"), TestJson.Options);
        var byStaff = await PostAsync<CheckInResultDto>(admin, $"{BookingsRoute}/{booking.Id}/check-in", new { reason = "Forgot the phone" });
        using var repeat = await admin.PostAsync(Relative($"{BookingsRoute}/{booking.Id}/check-in"), null);

        byMember.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ProblemAsync(byMember)).GetProperty("code").GetString().ShouldBe("Authorization:Forbidden");
        beforeStaff!.Status.ShouldBe(BookingStatus.Confirmed);
        (byStaff.AlreadyCheckedIn, byStaff.Booking.Status, byStaff.Booking.StaffReason).ShouldBe((false, BookingStatus.CheckedIn, "Forgot the phone"));
        var again = await ReadAsync<CheckInResultDto>(repeat);
        (again.AlreadyCheckedIn, again.Booking.Status, again.Booking.CheckedInAtUtc).ShouldBe((true, BookingStatus.CheckedIn, byStaff.Booking.CheckedInAtUtc));
    }
}
