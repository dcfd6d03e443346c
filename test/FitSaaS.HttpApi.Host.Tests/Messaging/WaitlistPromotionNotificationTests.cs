using System.Net.Http.Json;
using System.Text.Json;
using FitSaaS.Bookings;
using FitSaaS.FeatureManagement;
using FitSaaS.HttpApi.Host.Tests.Emailing;
using FitSaaS.Messaging;
using FitSaaS.Testing;
using static FitSaaS.HttpApi.Host.Tests.Bookings.BookingsApi;

namespace FitSaaS.HttpApi.Host.Tests.Messaging;

/// <summary>
/// Issue 19's "done when", first line, end to end: a member cancels, the first waitlisted member is promoted and gets one
/// in-app notification, one e-mail (read from smtp4dev over SMTP) and the notification live on their open hub connection
/// (the official .NET SignalR client over a real socket); the other member's connection receives nothing of it.
/// </summary>
public sealed class WaitlistPromotionNotificationTests(KestrelSmtpEmailFixture fixture) : IClassFixture<KestrelSmtpEmailFixture>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task AMemberCancels_TheFirstWaitlistedOne_IsNotifiedOnce_InApp_ByEmail_AndLiveOnTheHub()
    {
        Assert.SkipWhen(fixture.Smtp4dev is null, Smtp4devServer.SkipReason);
        var ct = TestContext.Current.CancellationToken;
        var tenant = await fixture.CreateTenantAsync(editionName: EditionNames.Pro);
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var session = await CreateSessionAsync(admin, capacity: 1, DateTime.UtcNow.AddDays(2).Date.AddHours(18));
        var seatedName = SmtpEmailTests.UniqueUserName("seated");
        var queuedName = SmtpEmailTests.UniqueUserName("queued");
        var (_, seatedClient) = await fixture.RegisterMemberAsync(tenant.Name, seatedName);
        var (_, queuedClient) = await fixture.RegisterMemberAsync(tenant.Name, queuedName);
        using var seated = seatedClient;
        using var queued = queuedClient;
        var seat = await PostAsync<BookingDto>(seated, BookingsRoute, new { classSessionId = session.Id });
        var waiting = await PostAsync<BookingDto>(queued, BookingsRoute, new { classSessionId = session.Id });
        waiting.Status.ShouldBe(BookingStatus.Waitlisted);
        await using var queuedHub = await MessagingHubClient.ConnectAsync(fixture.ServerAddress!, queued.DefaultRequestHeaders.Authorization!.Parameter, ct);
        await using var seatedHub = await MessagingHubClient.ConnectAsync(fixture.ServerAddress!, seated.DefaultRequestHeaders.Authorization!.Parameter, ct);

        using (var cancel = await seated.PostAsync(Relative($"{BookingsRoute}/{seat.Id}/cancel"), null, ct))
        {
            cancel.IsSuccessStatusCode.ShouldBeTrue();
        }

        // Live on the hub.
        var pushed = await queuedHub.NextOfAsync(MessagingHubMethods.NotificationReceived, Wait);
        pushed.ShouldNotBeNull();
        var live = JsonDocument.Parse(pushed).RootElement;
        live.GetProperty("kind").GetString().ShouldBe(nameof(NotificationKind.WaitlistPromoted));
        live.GetProperty("linkEntityId").GetGuid().ShouldBe(waiting.Id);

        // One e-mail, over SMTP.
        var mail = await fixture.Smtp4dev!.WaitForMessageAsync($"{queuedName}@example.test", "moved from the waitlist", Wait);
        mail.Message.Subject.ShouldStartWith("You are in:");

        // One in-app notification, the one pushed.
        var list = await queued.GetFromJsonAsync<JsonElement>(Relative("/api/messaging/notifications"), ct);
        list.GetProperty("totalCount").GetInt64().ShouldBe(1);
        list.GetProperty("items")[0].GetProperty("id").GetGuid().ShouldBe(live.GetProperty("id").GetGuid());
        var unread = await queued.GetFromJsonAsync<JsonElement>(Relative("/api/messaging/notifications/unread-count"), ct);
        unread.GetProperty("notifications").GetInt32().ShouldBe(1);

        // Nothing more arrives for either member.
        await Task.Delay(TimeSpan.FromSeconds(2), ct);
        (await fixture.Smtp4dev.GetMessagesAsync($"{queuedName}@example.test"))
            .Count(m => m.Text.Contains("moved from the waitlist", StringComparison.Ordinal)).ShouldBe(1); // besides the registration's confirmation
        (await fixture.Smtp4dev.GetMessagesAsync($"{seatedName}@example.test"))
            .Count(m => m.Text.Contains("waitlist", StringComparison.Ordinal)).ShouldBe(0);
        queuedHub.Drain().Count(IsPromotion).ShouldBe(0);
        seatedHub.Drain().Count(IsPromotion).ShouldBe(0); // the seated member's own booking confirmation may arrive, nothing else
    }

    private static bool IsPromotion((string Method, string Json) call) =>
        call.Method == MessagingHubMethods.NotificationReceived
        && JsonDocument.Parse(call.Json).RootElement.GetProperty("kind").GetString() == nameof(NotificationKind.WaitlistPromoted);
}
