using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FitSaaS.Billing;
using FitSaaS.FeatureManagement;
using FitSaaS.Framework.Events.Distributed;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using FitSaaS.Identity;
using FitSaaS.Messaging;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;
using static FitSaaS.HttpApi.Host.Tests.Bookings.BookingsApi;

namespace FitSaaS.HttpApi.Host.Tests.Messaging;

/// <summary>Notifications over HTTP: a failed payment delivered twice gives one in-app notification and one e-mail; bad input as problems.</summary>
public sealed class NotificationApiTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    private const string Notifications = "/api/messaging/notifications";
    private const string Preferences = "/api/messaging/notification-preferences";

    [Fact]
    public async Task FailedPayment_DeliveredTwice_OneInAppNotificationAndOneEmail_ThenMarkedRead()
    {
        var tenant = await fixture.CreateTenantAsync(editionName: EditionNames.Pro);
        var userName = $"payer-{Guid.NewGuid():N}"[..20];
        var memberId = await fixture.CreateUserAsync(tenant.Name, userName, IdentityConsts.MemberRole);
        using var member = await fixture.LoginAsync(tenant.Name, userName);
        var failed = new CardPaymentFailedEto { InvoiceId = Guid.NewGuid(), MemberUserId = memberId, Attempt = 1, Amount = 3999, Currency = "EUR", NextAttemptAtUtc = DateTime.UtcNow.AddDays(2) };

        await HandleAsync(tenant.Id, failed);
        await HandleAsync(tenant.Id, failed);

        var mail = await fixture.WaitForMailAsync($"{userName}@example.test", "We could not charge 39.99 EUR");
        mail.ShouldContain("attempt 1");
        using var list = await member.GetAsync(new Uri(Notifications, UriKind.Relative));
        list.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = JsonDocument.Parse(await list.Content.ReadAsStringAsync()).RootElement;
        page.GetProperty("totalCount").GetInt64().ShouldBe(1);
        var item = page.GetProperty("items")[0];
        item.GetProperty("kind").GetString().ShouldBe("PaymentFailed");
        item.GetProperty("title").GetString().ShouldBe("Payment of 39.99 EUR failed");
        TestMailbox.ReadPickupDirectory(fixture.Database.MailDirectory, $"{userName}@example.test").Count.ShouldBe(1);

        using var read = await member.PostAsync(new Uri($"{Notifications}/{item.GetProperty("id").GetGuid()}/mark-read", UriKind.Relative), null);
        read.StatusCode.ShouldBe(HttpStatusCode.OK);
        var count = await member.GetFromJsonAsync<JsonElement>(new Uri($"{Notifications}/unread-count", UriKind.Relative));
        count.GetProperty("notifications").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task BadInput_IsAProblemNeverA500()
    {
        var tenant = await fixture.CreateTenantAsync(editionName: EditionNames.Pro);
        var other = await fixture.CreateTenantAsync(editionName: EditionNames.Pro);
        var studio = await fixture.CreateTenantAsync(editionName: EditionNames.Studio);
        var userName = $"m-{Guid.NewGuid():N}"[..16];
        var memberId = await fixture.CreateUserAsync(tenant.Name, userName, IdentityConsts.MemberRole);
        var otherName = $"o-{Guid.NewGuid():N}"[..16];
        var otherMemberId = await fixture.CreateUserAsync(other.Name, otherName, IdentityConsts.MemberRole);
        await HandleAsync(other.Id, new InvoicePaidEto { InvoiceId = Guid.NewGuid(), Number = "7", MemberUserId = otherMemberId, Total = 100, Currency = "EUR", PaidAtUtc = DateTime.UtcNow });
        using var member = await fixture.LoginAsync(tenant.Name, userName);
        using var otherMember = await fixture.LoginAsync(other.Name, otherName);
        using var admin = await fixture.LoginAsync(tenant.Name, IdentityConsts.AdminUserName);
        using var studioAdmin = await fixture.LoginAsync(studio.Name, IdentityConsts.AdminUserName);
        await SetTenantSettingsAsync(admin, (MessagingSettingNames.Languages, "en,es"));
        var theirs = (await otherMember.GetFromJsonAsync<JsonElement>(new Uri(Notifications, UriKind.Relative))).GetProperty("items")[0].GetProperty("id").GetGuid();

        using var unknown = await member.PostAsync(new Uri($"{Notifications}/{Guid.NewGuid()}/mark-read", UriKind.Relative), null);
        using var otherTenants = await member.PostAsync(new Uri($"{Notifications}/{theirs}/mark-read", UriKind.Relative), null);
        using var badHours = await member.PutAsJsonAsync($"{Preferences}/mine", new { quietHoursStart = "24:30", quietHoursEnd = "07:00" }, TestJson.Options);
        using var halfHours = await member.PutAsJsonAsync($"{Preferences}/mine", new { quietHoursStart = "22:00" }, TestJson.Options);
        using var badZone = await member.PutAsJsonAsync($"{Preferences}/mine", new { timeZoneId = "Europe/Atlantis" }, TestJson.Options);
        using var badLanguage = await member.PutAsJsonAsync($"{Preferences}/mine", new { language = "xx" }, TestJson.Options);
        using var badCategory = await member.PutAsJsonAsync($"{Preferences}/mine", new { emailOptOuts = new[] { "Spam" } }, TestJson.Options);
        using var good = await member.PutAsJsonAsync($"{Preferences}/mine", new { emailOptOuts = new[] { "Announcements" }, quietHoursStart = "22:00", quietHoursEnd = "07:00", timeZoneId = "Europe/Madrid", language = "es" }, TestJson.Options);
        using var staffRead = await admin.GetAsync(new Uri($"{Preferences}/{memberId}", UriKind.Relative));
        using var staffReadOther = await admin.GetAsync(new Uri($"{Preferences}/{otherMemberId}", UriKind.Relative));
        using var memberReadsStaffRoute = await member.GetAsync(new Uri($"{Preferences}/{memberId}", UriKind.Relative));
        using var anonymous = fixture.CreateClient();
        using var noToken = await anonymous.GetAsync(new Uri(Notifications, UriKind.Relative));
        using var notEnabled = await studioAdmin.GetAsync(new Uri(Notifications, UriKind.Relative));

        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ProblemAsync(unknown)).GetProperty("code").GetString().ShouldBe(EntityNotFoundException.ErrorCode);
        otherTenants.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        badHours.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ProblemAsync(badHours)).GetProperty("errors").ToString().ShouldContain("quietHoursStart");
        halfHours.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        badZone.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ProblemAsync(badZone)).GetProperty("code").GetString().ShouldBe(MessagingErrorCodes.InvalidTimeZone);
        badLanguage.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ProblemAsync(badLanguage)).GetProperty("code").GetString().ShouldBe(MessagingErrorCodes.UnsupportedLanguage);
        badCategory.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        good.StatusCode.ShouldBe(HttpStatusCode.OK);
        staffRead.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await staffRead.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("quietHoursStart").GetString().ShouldBe("22:00");
        staffReadOther.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        memberReadsStaffRoute.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        noToken.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        notEnabled.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ProblemAsync(notEnabled)).GetProperty("code").GetString().ShouldBe(FeatureErrorCodes.NotEnabled);
    }

    private async Task HandleAsync<TEto>(Guid tenantId, TEto eventData)
        where TEto : class
    {
        using var _ = fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenantId);
        await using var scope = fixture.Services.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetServices<IDistributedEventHandler<TEto>>().Single(h => h is NotificationEventHandler);
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
        await handler.HandleEventAsync(eventData);
        await unitOfWork.CompleteAsync();
    }
}
