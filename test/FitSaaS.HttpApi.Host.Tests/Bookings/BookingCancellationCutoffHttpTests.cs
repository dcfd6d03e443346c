using System.Net;
using System.Net.Http.Json;
using FitSaaS.Bookings;
using FitSaaS.Testing;
using static FitSaaS.HttpApi.Host.Tests.Bookings.BookingsApi;

namespace FitSaaS.HttpApi.Host.Tests.Bookings;

public sealed class BookingCancellationCutoffHttpTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    [Fact]
    public async Task Cancel_MemberInsideTheCutoff_Is422CancellationWindowClosed_AdminCancelsOnlyWithAReason()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        using var put = await admin.PutAsJsonAsync("/api/setting-management/settings/tenant",
            new { settings = new[] { new { name = BookingsSettingNames.CancellationCutoffMinutes, value = "120" } } }, TestJson.Options);
        put.EnsureSuccessStatusCode();
        var session = await CreateSessionAsync(admin, capacity: 5, DateTime.UtcNow.AddMinutes(90));
        var (_, member) = await fixture.RegisterMemberAsync(tenant.Name, "latecomer");
        using var memberClient = member;
        var booking = await PostAsync<BookingDto>(memberClient, BookingsRoute, new { classSessionId = session.Id });

        using var memberCancel = await memberClient.PostAsync(Relative($"{BookingsRoute}/{booking.Id}/cancel"), null);
        using var adminWithoutReason = await admin.PostAsync(Relative($"{BookingsRoute}/{booking.Id}/cancel"), null);
        using var adminCancel = await admin.PostAsJsonAsync(Relative($"{BookingsRoute}/{booking.Id}/cancel"), new { reason = "Called the desk: sick" }, TestJson.Options);

        memberCancel.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await ProblemAsync(memberCancel)).GetProperty("code").GetString().ShouldBe(BookingsErrorCodes.CancellationWindowClosed);
        adminWithoutReason.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await ProblemAsync(adminWithoutReason)).GetProperty("code").GetString().ShouldBe(BookingsErrorCodes.ReasonRequired);
        var cancelled = await ReadAsync<BookingDto>(adminCancel);
        (cancelled.Status, cancelled.CancelledByStaff, cancelled.StaffReason).ShouldBe((BookingStatus.Cancelled, true, "Called the desk: sick"));
    }
}
