using FitSaaS.Bookings;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Testing;
using Ical.Net.CalendarComponents;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Bookings;

/// <summary>
/// A member's calendar feed: the URL through the application service (in-process and through the HTTP proxies), the feed as
/// the anonymous endpoint reads it (<see cref="MemberCalendarFeedReader"/>), reset and tenant isolation.
/// </summary>
public abstract class MemberCalendarFeedAppServiceTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : MemberCalendarFeedAppServiceTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : MemberCalendarFeedAppServiceTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private readonly BookingsScenario _scenario = new(fixture);

    [Fact]
    public async Task Feed_HasAnEventPerPendingConfirmedOrCheckedInBookingOfTheWindow_AndCancelledOnesMarkedCancelled()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5, DateTime.UtcNow.Date.AddDays(2).AddHours(17).AddMinutes(30));
        var member = (await _scenario.CreateMembersAsync(gym.Tenant, 1))[0];
        var confirmed = await _scenario.BookAsync(gym.Tenant, member, gym.Session.Id);
        var laterSession = await SessionAsync(gym, DateTime.UtcNow.Date.AddDays(6).AddHours(9));
        var cancelled = await _scenario.BookAsync(gym.Tenant, member, laterSession.Id);
        await _scenario.CancelAsync(gym.Tenant, member, cancelled.Id);
        var recent = await SessionAsync(gym, DateTime.UtcNow.Date.AddDays(-10).AddHours(18));
        var old = await SessionAsync(gym, DateTime.UtcNow.Date.AddDays(-40).AddHours(18));
        var waitlistedSession = await SessionAsync(gym, DateTime.UtcNow.Date.AddDays(8).AddHours(9));
        var checkedIn = (await BookingStatusSeeder.AddForMembersAsync(fixture.Services, gym.Tenant.Id, recent.Id, [(member, BookingStatus.CheckedIn)]))[0];
        await BookingStatusSeeder.AddForMembersAsync(fixture.Services, gym.Tenant.Id, old.Id, [(member, BookingStatus.CheckedIn)]);
        await BookingStatusSeeder.AddForMembersAsync(fixture.Services, gym.Tenant.Id, waitlistedSession.Id, [(member, BookingStatus.Waitlisted)]);

        var url = await _scenario.AsMemberAsync<IMemberCalendarFeedAppService, MemberCalendarFeedDto>(gym.Tenant, member, s => s.GetAsync());
        var events = await ReadEventsAsync(url.FeedToken, requestTenant: null);

        url.FeedPath.ShouldBe($"/api/bookings/calendar-feed.ics?token={url.FeedToken}");
        events.Select(e => (e.Uid, e.Status, e.DtStart!.AsUtc, e.DtEnd!.AsUtc, e.Summary, e.Location)).ShouldBe(
        [
            ($"{checkedIn:D}@bookings.fitsaas", "CONFIRMED", recent.StartsAtUtc, recent.EndsAtUtc, "WOD", "Downtown"),
            ($"{confirmed.Id:D}@bookings.fitsaas", "CONFIRMED", gym.Session.StartsAtUtc, gym.Session.EndsAtUtc, "WOD", "Downtown"),
            ($"{cancelled.Id:D}@bookings.fitsaas", "CANCELLED", laterSession.StartsAtUtc, laterSession.EndsAtUtc, "WOD", "Downtown"),
        ]);
        events.ShouldAllBe(e => e.DtStart!.IsUtc && e.DtEnd!.IsUtc);
    }

    [Fact]
    public async Task ResetAsync_RefusesEveryEarlierToken_AndTheNewOneOpens()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5);
        var member = (await _scenario.CreateMembersAsync(gym.Tenant, 1))[0];
        await _scenario.BookAsync(gym.Tenant, member, gym.Session.Id);
        var first = await _scenario.AsMemberAsync<IMemberCalendarFeedAppService, MemberCalendarFeedDto>(gym.Tenant, member, s => s.GetAsync());
        var second = await _scenario.AsMemberAsync<IMemberCalendarFeedAppService, MemberCalendarFeedDto>(gym.Tenant, member, s => s.GetAsync());
        (await ReadEventsAsync(first.FeedToken, null)).Count.ShouldBe(1);

        var reset = await _scenario.AsMemberAsync<IMemberCalendarFeedAppService, MemberCalendarFeedDto>(gym.Tenant, member, s => s.ResetAsync());

        foreach (var revoked in new[] { first.FeedToken, second.FeedToken })
        {
            (await Should.ThrowAsync<BusinessException>(() => ReadEventsAsync(revoked, null))).Code.ShouldBe(BookingsErrorCodes.CalendarFeedNotFound);
        }

        (await ReadEventsAsync(reset.FeedToken, null)).Count.ShouldBe(1);
        var after = await _scenario.AsMemberAsync<IMemberCalendarFeedAppService, MemberCalendarFeedDto>(gym.Tenant, member, s => s.GetAsync());
        (await ReadEventsAsync(after.FeedToken, null)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Feed_TokenOfTenantA_DoesNotOpenInTenantB_AndTenantBsMemberSeesOnlyTheirOwn()
    {
        var a = await _scenario.CreateGymAsync(capacity: 5);
        var b = await _scenario.CreateGymAsync(capacity: 5);
        var memberA = (await _scenario.CreateMembersAsync(a.Tenant, 1))[0];
        var memberB = (await _scenario.CreateMembersAsync(b.Tenant, 1))[0];
        await _scenario.BookAsync(a.Tenant, memberA, a.Session.Id);
        var urlA = await _scenario.AsMemberAsync<IMemberCalendarFeedAppService, MemberCalendarFeedDto>(a.Tenant, memberA, s => s.GetAsync());
        var urlB = await _scenario.AsMemberAsync<IMemberCalendarFeedAppService, MemberCalendarFeedDto>(b.Tenant, memberB, s => s.GetAsync());

        var inB = await Should.ThrowAsync<BusinessException>(() => ReadEventsAsync(urlA.FeedToken, requestTenant: b.Tenant.Id));
        var feedB = await ReadEventsAsync(urlB.FeedToken, null);

        inB.Code.ShouldBe(BookingsErrorCodes.CalendarFeedNotFound);
        feedB.ShouldBeEmpty();
        (await ReadEventsAsync(urlA.FeedToken, requestTenant: a.Tenant.Id)).Count.ShouldBe(1);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("CfDJ8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task Feed_MalformedOrForgedToken_IsCalendarFeedNotFound(string? token)
    {
        var ex = await Should.ThrowAsync<BusinessException>(() => ReadEventsAsync(token, null));

        ex.Code.ShouldBe(BookingsErrorCodes.CalendarFeedNotFound);
    }

    private async Task<ClassSessionDto> SessionAsync(Gym gym, DateTime startsAtUtc) =>
        await _scenario.AsAdminAsync<IClassSessionAppService, ClassSessionDto>(gym.Tenant, s => s.CreateAsync(new CreateClassSessionDto
        {
            ClassTypeId = gym.ClassType.Id, LocationId = gym.Location.Id, StartsAtUtc = startsAtUtc, Capacity = 5, DurationMinutes = 45,
        }));

    // The anonymous endpoint's work, in the host's container (a request of a calendar app: no user, maybe a tenant).
    private async Task<List<CalendarEvent>> ReadEventsAsync(string? token, Guid? requestTenant)
    {
        using var anonymous = fixture.RunAsAnonymous(requestTenant);
        await using var scope = fixture.Services.CreateAsyncScope();
        var text = await scope.ServiceProvider.GetRequiredService<MemberCalendarFeedReader>().ReadAsync(token, TestContext.Current.CancellationToken);
        text.ShouldStartWith("BEGIN:VCALENDAR");
        return [.. Ical.Net.Calendar.Load(text)!.Events.OrderBy(e => e.DtStart!.AsUtc)];
    }
}
