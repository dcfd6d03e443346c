using System.Net;
using System.Net.Http.Json;
using FitSaaS.Billing;
using FitSaaS.Billing.Stripe;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;
using static FitSaaS.HttpApi.Host.Tests.Bookings.BookingsApi;

namespace FitSaaS.HttpApi.Host.Tests.Billing;

/// <summary>
/// Stripe's webhook endpoint over HTTP: a signature checked on the raw body (bad → 400, nothing recorded), each event
/// applied exactly once (a replay, or 20 deliveries racing, change nothing more), and events of another account, another
/// mode or a gym without online payments acknowledged and ignored. Connecting a gym to Stripe through its API.
/// </summary>
public sealed class StripeWebhookHttpTests(StripeWebFixture fixture) : IClassFixture<StripeWebFixture>
{
    [Fact]
    public async Task AnUnhandledEvent_IsAcknowledged_AndItsReplay_IsADuplicate()
    {
        using var client = fixture.CreateClient();
        var body = StripeWebhooks.Event("customer.tax_id.created", null, new { id = "txi_1", @object = "tax_id" });

        var first = await StripeWebhooks.DeliverSignedAsync(client, body, StripeWebhooks.PlatformSecret);
        var replay = await StripeWebhooks.DeliverSignedAsync(client, body, StripeWebhooks.PlatformSecret);

        (first, replay).ShouldBe(("Acknowledged", "Duplicate"));
    }

    [Fact]
    public async Task BadSignatures_Are400WithACode_AndRecordNothing()
    {
        using var client = fixture.CreateClient();
        var body = StripeWebhooks.Event("customer.tax_id.created", null, new { id = "txi_2", @object = "tax_id" });
        var tampered = body.Replace("txi_2", "txi_3", StringComparison.Ordinal);

        var answers = new[]
        {
            await StripeWebhooks.DeliverAsync(client, body, StripeWebhooks.Sign(body, "whsec_forged")),
            await StripeWebhooks.DeliverAsync(client, body, StripeWebhooks.Sign(body, StripeWebhooks.ConnectSecret, DateTimeOffset.UtcNow.AddMinutes(-6))),
            await StripeWebhooks.DeliverAsync(client, tampered, StripeWebhooks.Sign(body, StripeWebhooks.ConnectSecret)),
            await StripeWebhooks.DeliverAsync(client, body, null),
        };
        var afterwards = await StripeWebhooks.DeliverSignedAsync(client, body);

        foreach (var answer in answers)
        {
            answer.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await ProblemAsync(answer)).GetProperty("code").GetString().ShouldBe(BillingErrorCodes.InvalidWebhookSignature);
            answer.Dispose();
        }

        afterwards.ShouldBe("Acknowledged", "the refused deliveries recorded nothing");
    }

    [Fact]
    public async Task DeliveriesThatAreNotJson_Empty_OrTooLarge_AreProblemsWithACode_NeverA500()
    {
        using var client = fixture.CreateClient();
        var body = StripeWebhooks.Event("customer.tax_id.created", null, new { id = $"txi_{Guid.NewGuid():N}", @object = "tax_id" });
        var large = new string(' ', 600 * 1024) + body;

        async Task<HttpResponseMessage> SendAsync(HttpContent content, bool sign = true, string? signed = null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(StripeWebhooks.Path, UriKind.Relative)) { Content = content };
            if (sign)
            {
                request.Headers.TryAddWithoutValidation("Stripe-Signature", StripeWebhooks.Sign(signed ?? body, StripeWebhooks.ConnectSecret));
            }

            return await client.SendAsync(request);
        }

        var answers = new (HttpResponseMessage Answer, HttpStatusCode Status, string Code)[]
        {
            (await SendAsync(new StringContent(body, System.Text.Encoding.UTF8, "text/plain")), HttpStatusCode.UnsupportedMediaType, BillingErrorCodes.UnsupportedWebhookContentType),
            (await SendAsync(new FormUrlEncodedContent([new("a", "b")])), HttpStatusCode.UnsupportedMediaType, BillingErrorCodes.UnsupportedWebhookContentType),
            (await SendAsync(new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(body)), sign: true), HttpStatusCode.UnsupportedMediaType, BillingErrorCodes.UnsupportedWebhookContentType),
            (await SendAsync(new StringContent("", System.Text.Encoding.UTF8, "application/json"), signed: ""), HttpStatusCode.BadRequest, BillingErrorCodes.InvalidWebhookBody),
            (await SendAsync(new StringContent("", System.Text.Encoding.UTF8, "application/json"), sign: false), HttpStatusCode.BadRequest, BillingErrorCodes.InvalidWebhookBody),
            (await SendAsync(new StringContent("not json {", System.Text.Encoding.UTF8, "application/json"), signed: "not json {"), HttpStatusCode.BadRequest, BillingErrorCodes.InvalidWebhookBody),
            (await SendAsync(new StringContent("[1,2]", System.Text.Encoding.UTF8, "application/json"), signed: "[1,2]"), HttpStatusCode.BadRequest, BillingErrorCodes.InvalidWebhookBody),
            (await SendAsync(new ByteArrayContent([0x7B, 0xFF, 0xFE, 0x7D]) { Headers = { ContentType = new("application/json") } }), HttpStatusCode.BadRequest, BillingErrorCodes.InvalidWebhookBody),
            (await SendAsync(new StringContent(large, System.Text.Encoding.UTF8, "application/json"), signed: large), HttpStatusCode.RequestEntityTooLarge, BillingErrorCodes.WebhookTooLarge),
            (await SendAsync(new ChunkedContent(large, "application/json"), signed: large), HttpStatusCode.RequestEntityTooLarge, BillingErrorCodes.WebhookTooLarge),
        };
        var afterwards = await StripeWebhooks.DeliverSignedAsync(client, body);

        foreach (var (answer, status, code) in answers)
        {
            var problem = await ProblemAsync(answer);
            answer.StatusCode.ShouldBe(status, problem.ToString());
            (problem.TryGetProperty("code", out var c) ? c.GetString() : null).ShouldBe(code, problem.ToString());
            answer.Dispose();
        }

        afterwards.ShouldBe("Acknowledged", "the refused deliveries recorded nothing");
    }

    [Fact]
    public async Task EventsOfAnUnknownAccount_OrOfLiveMode_AreIgnored()
    {
        using var client = fixture.CreateClient();

        var unknown = await StripeWebhooks.DeliverSignedAsync(client, StripeWebhooks.Event("account.updated", "acct_nobodyhere", new { id = "acct_nobodyhere", @object = "account" }));
        var live = await StripeWebhooks.DeliverSignedAsync(client, StripeWebhooks.Event("customer.tax_id.created", null, new { id = "txi_4", @object = "tax_id" }, livemode: true));

        (unknown, live).ShouldBe(("Ignored", "Ignored"));
    }

    [Fact]
    public async Task TwentyParallelDeliveriesOfOneAccountUpdate_ApplyItOnce()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var connection = await PostAsync<StripeConnectionDto>(admin, "/api/billing/stripe-connection", new { email = "owner@gym.test" });
        var body = StripeWebhooks.Event("account.updated", connection.AccountId, new { id = connection.AccountId, @object = "account" });
        using var client = fixture.CreateClient();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => StripeWebhooks.DeliverSignedAsync(client, body)));
        var after = await ReadAsync<StripeConnectionDto>(await admin.GetAsync(Relative("/api/billing/stripe-connection")));

        outcomes.Count(o => o == "Applied").ShouldBe(1);
        outcomes.Count(o => o == "Duplicate").ShouldBe(19);
        after.AccountReadAtUtc.ShouldNotBeNull().ShouldBeGreaterThan(connection.AccountReadAtUtc!.Value);
    }

    [Fact]
    public async Task AGymWithoutOnlinePayments_IgnoresItsAccountsEvents_AndCannotConnect()
    {
        var tenant = await fixture.CreateTenantAsync(editionName: "Free");
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var accountId = $"acct_{Guid.NewGuid():N}"[..20];
        await ConnectDirectlyAsync(tenant.Id, accountId);
        using var client = fixture.CreateClient();

        var outcome = await StripeWebhooks.DeliverSignedAsync(client, StripeWebhooks.Event("account.updated", accountId, new { id = accountId, @object = "account" }));
        using var connect = await admin.PostAsJsonAsync("/api/billing/stripe-connection", new { }, TestJson.Options);

        outcome.ShouldBe("Ignored");
        ((int)connect.StatusCode).ShouldBeInRange(400, 499);
        (await ProblemAsync(connect)).GetProperty("code").GetString().ShouldBe("Features:NotEnabled");
    }

    [Fact]
    public async Task Connecting_CreatesAnAccount_ASecondConnectIs409_AndDisconnectingClearsIt()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var (_, memberClient) = await fixture.RegisterMemberAsync(tenant.Name, $"m-{Guid.NewGuid():N}"[..20]);
        using var member = memberClient;

        var before = await ReadAsync<StripeConnectionDto>(await admin.GetAsync(Relative("/api/billing/stripe-connection")));
        var connected = await PostAsync<StripeConnectionDto>(admin, "/api/billing/stripe-connection", new { email = "owner@gym.test", country = "US" });
        var link = await PostAsync<StripeOnboardingLinkDto>(admin, "/api/billing/stripe-connection/onboarding-link",
            new { returnUrl = "https://gym.example/stripe/done", refreshUrl = "https://gym.example/stripe/again" });
        using var again = await admin.PostAsJsonAsync("/api/billing/stripe-connection", new { }, TestJson.Options);
        using var byMember = await member.GetAsync(Relative("/api/billing/stripe-connection"));
        using var unreachable = await (await fixture.LoginAsync((await fixture.CreateTenantAsync()).Name, "admin"))
            .PostAsJsonAsync("/api/billing/stripe-connection", new { accountId = "acct_notconnectedtous" }, TestJson.Options);
        using var disconnect = await admin.DeleteAsync(Relative("/api/billing/stripe-connection"));
        var after = await ReadAsync<StripeConnectionDto>(await admin.GetAsync(Relative("/api/billing/stripe-connection")));

        before.IsConnected.ShouldBeFalse();
        connected.ShouldSatisfyAllConditions(c => c.IsConnected.ShouldBeTrue(), c => c.AccountId.ShouldNotBeNull().ShouldStartWith("acct_"));
        link.ShouldSatisfyAllConditions(l => l.Url.ShouldStartWith("https://connect.stripe.com/"), l => l.ExpiresAtUtc.ShouldBeGreaterThan(DateTime.UtcNow));
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ProblemAsync(again)).GetProperty("code").GetString().ShouldBe(BillingErrorCodes.StripeAlreadyConnected);
        byMember.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        unreachable.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ProblemAsync(unreachable)).GetProperty("code").GetString().ShouldBe(BillingErrorCodes.StripeAccountNotFound);
        disconnect.IsSuccessStatusCode.ShouldBeTrue();
        after.IsConnected.ShouldBeFalse();
    }

    private async Task ConnectDirectlyAsync(Guid tenantId, string accountId)
    {
        using var host = fixture.Services.GetRequiredService<ICurrentTenant>().Change(null);
        await fixture.Services.GetRequiredService<IServiceScopeFactory>().RunInUnitOfWorkAsync(new UnitOfWorkOptions(), async (services, ct) =>
            await services.GetRequiredService<IStripeConnectionRepository>().InsertAsync(new StripeConnection(Guid.NewGuid(), tenantId, accountId, DateTime.UtcNow), cancellationToken: ct));
    }

    /// <summary>A JSON body sent without Content-Length (chunked), as a proxy may forward it.</summary>
    private sealed class ChunkedContent(string text) : HttpContent
    {
        private readonly byte[] _bytes = System.Text.Encoding.UTF8.GetBytes(text);

        public ChunkedContent(string text, string mediaType) : this(text) => Headers.ContentType = new(mediaType);

        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(_bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }
}
