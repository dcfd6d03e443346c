using System.Net;
using System.Net.Http.Json;
using FitSaaS.Bookings;
using FitSaaS.Testing;
using static FitSaaS.HttpApi.Host.Tests.Bookings.BookingsApi;

namespace FitSaaS.HttpApi.Host.Tests.Bookings;

/// <summary>
/// The booking lifecycle over HTTP: free, late and refused cancellations, pending holds and their confirmation, and a freed
/// seat after the waitlist cut-off; each refusal is a problem with its code that changes nothing.
/// </summary>
public sealed class BookingLifecycleHttpTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    [Fact]
    public async Task Cancel_BeforeTheFreeLimit_IsCancelled_InsideTheLateWindow_IsLateCancelled_AfterTheCutoff_Is422CancellationWindowClosed()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        await SetTenantSettingsAsync(admin, (BookingsSettingNames.FreeCancellationMinutes, "1440"), (BookingsSettingNames.CancellationCutoffMinutes, "60"));
        var freeSession = await CreateSessionAsync(admin, capacity: 5, StartsIn(3 * 24 * 60));
        var lateSession = await CreateSessionAsync(admin, capacity: 5, StartsIn(180));
        var closedSession = await CreateSessionAsync(admin, capacity: 5, StartsIn(30));
        var (_, member) = await fixture.RegisterMemberAsync(tenant.Name, "fickle");
        using var memberClient = member;
        var free = await PostAsync<BookingDto>(memberClient, BookingsRoute, new { classSessionId = freeSession.Id });
        var late = await PostAsync<BookingDto>(memberClient, BookingsRoute, new { classSessionId = lateSession.Id });
        var closed = await PostAsync<BookingDto>(memberClient, BookingsRoute, new { classSessionId = closedSession.Id });

        using var freeCancel = await memberClient.PostAsync(Relative($"{BookingsRoute}/{free.Id}/cancel"), null);
        using var lateCancel = await memberClient.PostAsync(Relative($"{BookingsRoute}/{late.Id}/cancel"), null);
        using var closedCancel = await memberClient.PostAsync(Relative($"{BookingsRoute}/{closed.Id}/cancel"), null);

        var freeCancelled = await ReadAsync<BookingDto>(freeCancel);
        var lateCancelled = await ReadAsync<BookingDto>(lateCancel);
        (freeCancelled.Status, freeCancelled.CancelledByStaff).ShouldBe((BookingStatus.Cancelled, false));
        (lateCancelled.Status, lateCancelled.CancelledByStaff).ShouldBe((BookingStatus.LateCancelled, false));
        lateCancelled.CancelledAtUtc.ShouldNotBeNull();
        closedCancel.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await ProblemAsync(closedCancel);
        problem.GetProperty("code").GetString().ShouldBe(BookingsErrorCodes.CancellationWindowClosed);
        problem.GetProperty("data").GetProperty("cutoffMinutes").GetInt32().ShouldBe(60);
        var closedAfter = await memberClient.GetFromJsonAsync<BookingDto>(Relative($"{BookingsRoute}/{closed.Id}"), TestJson.Options);
        (closedAfter!.Status, closedAfter.CancelledAtUtc).ShouldBe((BookingStatus.Confirmed, null));
        var lateSessionAfter = await admin.GetFromJsonAsync<ClassSessionDto>(Relative($"{ClassSessionsRoute}/{lateSession.Id}"), TestJson.Options);
        var closedSessionAfter = await admin.GetFromJsonAsync<ClassSessionDto>(Relative($"{ClassSessionsRoute}/{closedSession.Id}"), TestJson.Options);
        lateSessionAfter!.ConfirmedCount.ShouldBe(0);
        closedSessionAfter!.ConfirmedCount.ShouldBe(1);
    }

    [Fact]
    public async Task Hold_IsPendingUntilConfirmed_ConfirmingTwiceAnswersConfirmed()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        await SetTenantSettingsAsync(admin, (BookingsSettingNames.HoldMinutes, "15"));
        var session = await CreateSessionAsync(admin, capacity: 2, DateTime.UtcNow.AddDays(2).Date.AddHours(18));
        var (_, member) = await fixture.RegisterMemberAsync(tenant.Name, "payer");
        using var memberClient = member;

        var held = await PostAsync<BookingDto>(memberClient, BookingsRoute, new { classSessionId = session.Id, hold = true });
        var sessionWhileHeld = await admin.GetFromJsonAsync<ClassSessionDto>(Relative($"{ClassSessionsRoute}/{session.Id}"), TestJson.Options);
        using var firstConfirm = await memberClient.PostAsync(Relative($"{BookingsRoute}/{held.Id}/confirm"), null);
        using var secondConfirm = await memberClient.PostAsync(Relative($"{BookingsRoute}/{held.Id}/confirm"), null);

        held.Status.ShouldBe(BookingStatus.Pending);
        held.HoldExpiresAtUtc.ShouldBe(held.BookedAtUtc.AddMinutes(15));
        sessionWhileHeld!.AvailableSeats.ShouldBe(1);
        var confirmed = await ReadAsync<BookingDto>(firstConfirm);
        var again = await ReadAsync<BookingDto>(secondConfirm);
        (confirmed.Id, confirmed.Status, confirmed.HoldExpiresAtUtc).ShouldBe((held.Id, BookingStatus.Confirmed, null));
        (again.Id, again.Status, again.HoldExpiresAtUtc).ShouldBe((held.Id, BookingStatus.Confirmed, null));
        var sessionAfter = await admin.GetFromJsonAsync<ClassSessionDto>(Relative($"{ClassSessionsRoute}/{session.Id}"), TestJson.Options);
        (sessionAfter!.ConfirmedCount, sessionAfter.AvailableSeats).ShouldBe((1, 1));
    }

    [Fact]
    public async Task Confirm_ABookingThatIsNoHold_ConfirmedIsUnchanged_CancelledOrWaitlisted_Is422BookingNotPending()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var session = await CreateSessionAsync(admin, capacity: 1, DateTime.UtcNow.AddDays(2).Date.AddHours(18));
        var other = await CreateSessionAsync(admin, capacity: 1, DateTime.UtcNow.AddDays(3).Date.AddHours(18));
        var (_, first) = await fixture.RegisterMemberAsync(tenant.Name, "seated");
        var (_, second) = await fixture.RegisterMemberAsync(tenant.Name, "queued");
        using var seated = first;
        using var queued = second;
        var confirmed = await PostAsync<BookingDto>(seated, BookingsRoute, new { classSessionId = session.Id });
        var waitlisted = await PostAsync<BookingDto>(queued, BookingsRoute, new { classSessionId = session.Id });
        var cancelled = await PostAsync<BookingDto>(seated, BookingsRoute, new { classSessionId = other.Id });
        using (var cancel = await seated.PostAsync(Relative($"{BookingsRoute}/{cancelled.Id}/cancel"), null))
        {
            cancel.EnsureSuccessStatusCode();
        }

        using var confirmConfirmed = await seated.PostAsync(Relative($"{BookingsRoute}/{confirmed.Id}/confirm"), null);
        using var confirmCancelled = await seated.PostAsync(Relative($"{BookingsRoute}/{cancelled.Id}/confirm"), null);
        using var confirmWaitlisted = await queued.PostAsync(Relative($"{BookingsRoute}/{waitlisted.Id}/confirm"), null);
        using var confirmSomeoneElses = await queued.PostAsync(Relative($"{BookingsRoute}/{confirmed.Id}/confirm"), null);

        (await ReadAsync<BookingDto>(confirmConfirmed)).Status.ShouldBe(BookingStatus.Confirmed);
        foreach (var (response, status) in new[] { (confirmCancelled, "Cancelled"), (confirmWaitlisted, "Waitlisted") })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
            var problem = await ProblemAsync(response);
            problem.GetProperty("code").GetString().ShouldBe(BookingsErrorCodes.BookingNotPending);
            problem.GetProperty("data").GetProperty("status").GetString().ShouldBe(status);
        }

        confirmSomeoneElses.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var cancelledAfter = await seated.GetFromJsonAsync<BookingDto>(Relative($"{BookingsRoute}/{cancelled.Id}"), TestJson.Options);
        var waitlistedAfter = await queued.GetFromJsonAsync<BookingDto>(Relative($"{BookingsRoute}/{waitlisted.Id}"), TestJson.Options);
        cancelledAfter!.Status.ShouldBe(BookingStatus.Cancelled);
        (waitlistedAfter!.Status, waitlistedAfter.WaitlistPosition).ShouldBe((BookingStatus.Waitlisted, 1));
    }

    [Fact]
    public async Task Cancel_AfterTheWaitlistCutoff_DoesNotPromote_AndAnotherMemberBooksTheFreedSeat()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        await SetTenantSettingsAsync(admin, (BookingsSettingNames.WaitlistCutoffMinutes, "120"));
        var session = await CreateSessionAsync(admin, capacity: 1, StartsIn(60));
        var (_, a) = await fixture.RegisterMemberAsync(tenant.Name, "anna");
        var (_, b) = await fixture.RegisterMemberAsync(tenant.Name, "ben");
        var (cId, c) = await fixture.RegisterMemberAsync(tenant.Name, "cleo");
        using var anna = a;
        using var ben = b;
        using var cleo = c;
        var annas = await PostAsync<BookingDto>(anna, BookingsRoute, new { classSessionId = session.Id });
        var bens = await PostAsync<BookingDto>(ben, BookingsRoute, new { classSessionId = session.Id });

        using var cancel = await anna.PostAsync(Relative($"{BookingsRoute}/{annas.Id}/cancel"), null);
        var bensAfterCancel = await ben.GetFromJsonAsync<BookingDto>(Relative($"{BookingsRoute}/{bens.Id}"), TestJson.Options);
        var cleos = await PostAsync<BookingDto>(cleo, BookingsRoute, new { classSessionId = session.Id });

        (await ReadAsync<BookingDto>(cancel)).Status.ShouldBe(BookingStatus.Cancelled);
        (bensAfterCancel!.Status, bensAfterCancel.WaitlistPosition, bensAfterCancel.PromotedAtUtc).ShouldBe((BookingStatus.Waitlisted, 1, null));
        (cleos.Status, cleos.MemberId).ShouldBe((BookingStatus.Confirmed, cId));
        var roster = await admin.GetFromJsonAsync<ClassSessionRosterDto>(Relative($"{ClassSessionsRoute}/{session.Id}/roster"), TestJson.Options);
        roster!.Confirmed.ShouldHaveSingleItem().MemberUserName.ShouldBe("cleo");
        roster.Waitlisted.ShouldHaveSingleItem().BookingId.ShouldBe(bens.Id);
        var sessionAfter = await admin.GetFromJsonAsync<ClassSessionDto>(Relative($"{ClassSessionsRoute}/{session.Id}"), TestJson.Options);
        (sessionAfter!.ConfirmedCount, sessionAfter.WaitlistCount, sessionAfter.AvailableSeats).ShouldBe((1, 1, 0));
    }
}
