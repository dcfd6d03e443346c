using System.Net;
using System.Net.Http.Json;
using FitSaaS.Bookings;
using FitSaaS.Testing;
using static FitSaaS.HttpApi.Host.Tests.Bookings.BookingsApi;

namespace FitSaaS.HttpApi.Host.Tests.Bookings;

/// <summary>The member's calendar feed over HTTP: an anonymous <c>text/calendar</c> GET, reset, foreign and bad tokens as problems.</summary>
public sealed class MemberCalendarFeedHttpTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    private const string MyFeedRoute = "/api/bookings/my-calendar-feed";

    [Fact]
    public async Task Feed_AnonymousGet_IsAnICalendarWithTheMembersBooking_AndResetRevokesTheOldUrl()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var session = await CreateSessionAsync(admin, capacity: 3, DateTime.UtcNow.Date.AddDays(3).AddHours(18).AddMinutes(30));
        var (_, memberClient) = await fixture.RegisterMemberAsync(tenant.Name, "ical-member");
        using var member = memberClient;
        var booking = await PostAsync<BookingDto>(member, BookingsRoute, new { classSessionId = session.Id });
        var url = (await member.GetFromJsonAsync<MemberCalendarFeedDto>(Relative(MyFeedRoute), TestJson.Options))!;
        using var anonymous = fixture.CreateClient();

        using var feed = await anonymous.GetAsync(Relative(url.FeedPath));
        var text = await feed.Content.ReadAsStringAsync();
        var reset = await PostAsync<MemberCalendarFeedDto>(member, $"{MyFeedRoute}/reset", new { });
        using var revoked = await anonymous.GetAsync(Relative(url.FeedPath));
        using var renewed = await anonymous.GetAsync(Relative(reset.FeedPath));

        feed.StatusCode.ShouldBe(HttpStatusCode.OK);
        feed.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
        text.ShouldStartWith("BEGIN:VCALENDAR");
        text.ShouldContain($"UID:{booking.Id:D}@bookings.fitsaas");
        text.ShouldContain($"DTSTART:{session.StartsAtUtc:yyyyMMdd'T'HHmmss}Z");
        text.ShouldContain($"DTEND:{session.EndsAtUtc:yyyyMMdd'T'HHmmss}Z");
        text.ShouldContain("SUMMARY:WOD");
        text.ShouldContain("LOCATION:Downtown");
        text.ShouldContain("STATUS:CONFIRMED");
        revoked.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ProblemAsync(revoked)).GetProperty("code").GetString().ShouldBe(BookingsErrorCodes.CalendarFeedNotFound);
        renewed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await renewed.Content.ReadAsStringAsync()).ShouldContain($"UID:{booking.Id:D}@bookings.fitsaas");
    }

    [Fact]
    public async Task Feed_CancelledBooking_IsStatusCancelled()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var session = await CreateSessionAsync(admin, capacity: 3, DateTime.UtcNow.Date.AddDays(4).AddHours(7));
        var (_, memberClient) = await fixture.RegisterMemberAsync(tenant.Name, "ical-canceller");
        using var member = memberClient;
        var booking = await PostAsync<BookingDto>(member, BookingsRoute, new { classSessionId = session.Id });
        await PostAsync<BookingDto>(member, $"{BookingsRoute}/{booking.Id}/cancel", new { });
        var url = (await member.GetFromJsonAsync<MemberCalendarFeedDto>(Relative(MyFeedRoute), TestJson.Options))!;
        using var anonymous = fixture.CreateClient();

        var text = await anonymous.GetStringAsync(Relative(url.FeedPath));

        text.ShouldContain($"UID:{booking.Id:D}@bookings.fitsaas");
        text.ShouldContain("STATUS:CANCELLED");
        text.ShouldNotContain("STATUS:CONFIRMED");
    }

    [Fact]
    public async Task Feed_TenantAsTokenUnderTenantB_BadTokens_Are404Problems_AndTheTokenIsNotInTheAuditLog()
    {
        var a = await fixture.CreateTenantAsync();
        var b = await fixture.CreateTenantAsync();
        var (_, memberClient) = await fixture.RegisterMemberAsync(a.Name, "ical-owner");
        using var member = memberClient;
        var url = (await member.GetFromJsonAsync<MemberCalendarFeedDto>(Relative(MyFeedRoute), TestJson.Options))!;
        using var anonymous = fixture.CreateClient();
        using var underB = new HttpRequestMessage(HttpMethod.Get, Relative(url.FeedPath));
        underB.Headers.Add("__tenant", b.Name);

        using var foreign = await anonymous.SendAsync(underB);
        using var garbage = await anonymous.GetAsync(Relative($"{CalendarFeedConsts.FeedPath}?token=bm90LWEtdG9rZW4"));
        using var missing = await anonymous.GetAsync(Relative(CalendarFeedConsts.FeedPath));
        using var tampered = await anonymous.GetAsync(Relative(url.FeedPath[..^2] + (url.FeedPath[^2] == 'A' ? "B" : "A") + url.FeedPath[^1]));

        foreach (var response in new[] { foreign, garbage, missing, tampered })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await ProblemAsync(response)).GetProperty("code").GetString().ShouldBe(BookingsErrorCodes.CalendarFeedNotFound);
        }

        // The refused reads are audited (failures always are), in the host's log: with the token redacted.
        using var host = await fixture.CreateHostAdminClientAsync();
        var audit = "";
        for (var attempt = 0; attempt < 50 && !audit.Contains("token=***", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
            audit = await host.GetStringAsync(Relative($"/api/audit-logging/audit-logs?maxResultCount=200&url={Uri.EscapeDataString(CalendarFeedConsts.FeedPath)}"));
        }

        audit.ShouldContain("token=***");
        audit.ShouldNotContain(url.FeedToken);
        audit.ShouldNotContain("bm90LWEtdG9rZW4");
    }
}
