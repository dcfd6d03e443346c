using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FitSaaS.Billing;
using FitSaaS.Billing.Stripe;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.EntityFrameworkCore.RowLevelSecurity;
using FitSaaS.HttpApi.Host.Tests.Billing;
using FitSaaS.Testing;
using FitSaaS.Testing.Stripe;
using Npgsql;
using static FitSaaS.HttpApi.Host.Tests.Bookings.BookingsApi;

namespace FitSaaS.HttpApi.Host.Tests.Cluster;

/// <summary>
/// Online payments through a real host process killed with <c>kill -9</c> (issue 16 §6): the host calls the fake Stripe
/// over HTTP (<see cref="FakeStripeServer"/> in front of the local emulator), the process dies after Stripe charged and
/// before the charge was recorded, and the restarted process reconciles the attempt with its stored idempotency key: the
/// invoice paid once, one charge. PostgreSQL lane with Redis, and the Stripe emulator.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterStripeTests
{
    // The card-collection job never fires on its own during the set-up (1 January, midnight) …
    private const string NeverCron = "0 0 1 1 *";

    // … and every 5 seconds once the killed instance is restarted: the way a renewal's unfinished attempt is resumed.
    private const string EveryFiveSecondsCron = "*/5 * * * * *";

    [Fact]
    public async Task KilledBetweenChargedAndRecorded_TheRestartedHostReconcilesTheAttempt_WithOneCharge()
    {
        Assert.SkipWhen(HostCluster.SkipReason is not null, HostCluster.SkipReason ?? "");
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var cancellationToken = TestContext.Current.CancellationToken;
        using var fake = new FakeStripe(StripeEmulator.ApiBase);
        await using var stripe = await FakeStripeServer.StartAsync(fake, cancellationToken: cancellationToken);
        await using var cluster = await HostCluster.StartAsync(count: 1, settings: new Dictionary<string, string?>
        {
            ["Stripe:SecretKey"] = StripeEmulator.SecretKey,
            ["Stripe:ApiBase"] = stripe.BaseAddress.ToString(),
            ["Stripe:MaxNetworkRetries"] = "0",
            ["Billing:CardCollectionCron"] = NeverCron,
        });
        var host = cluster.A;

        // A chargeable gym, a member with a saved card, an open invoice (a class pack sold at the desk).
        var tenant = await HostCluster.CreateTenantAsync(host);
        using var admin = host.CreateClient(await HostCluster.GetTokenAsync(host, tenant.Name, "admin"));
        var accountId = await StripeWebFixture.ConnectChargeableGymAsync(admin, fake);
        var (memberId, memberToken) = await HostCluster.RegisterMemberAsync(host, tenant.Name, "card-payer");
        using (var member = host.CreateClient(memberToken))
        {
            var setup = await PostAsync<SetupIntentDto>(member, "/api/billing/my-cards/setup-intent", new { });
            (await PostAsync<SetupIntentDto>(member, $"/api/billing/my-cards/{setup.Id}/confirm-setup-intent", new { paymentMethodId = "pm_card_visa" }))
                .Status.ShouldBe("succeeded");
        }

        var plan = await PostAsync<PlanDto>(admin, "/api/billing/plans", new { name = "Pack 10", kind = "ClassPack", price = 8000, credits = 10, validityDays = 60, activation = "OnPurchase" });
        var invoice = (await PostAsync<SellMembershipResultDto>(admin, "/api/billing/memberships", new { memberId, planId = plan.Id })).Invoice;

        // Staff charge the saved card; Stripe charges, stores its answer for the attempt's key, and never sends it.
        fake.FailNext("POST", "/v1/payment_intents", FakeStripeFault.HangAfterEffect);
        var charged = fake.WhenFaultFired("POST", "/v1/payment_intents");
        var pay = Task.Run(async () =>
        {
            using var response = await admin.PostAsJsonAsync("/api/billing/online-payments", new { invoiceId = invoice.Id, offSession = true }, TestJson.Options);
            return $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
        }, CancellationToken.None);
        var intent = JsonNode.Parse(await charged.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken))!;
        var intentId = intent["id"]!.GetValue<string>();
        intent["status"]!.GetValue<string>().ShouldBe("succeeded", "Stripe charged the card");
        (await fake.ListEmulatorChargeIdsAsync(accountId, "invoice_id", invoice.Id.ToString(), cancellationToken)).Count.ShouldBe(1);

        // kill -9 while the host waits for Stripe's answer: nothing after "charged" was recorded.
        await host.KillAsync();
        var unanswered = await Record.ExceptionAsync(() => pay);
        unanswered.ShouldNotBeNull("the staff's request dies with the host, unanswered");
        var attempt = await AttemptAsync(cluster, tenant.Id, invoice.Id);
        attempt.ShouldBe(((int)OnlinePaymentStatus.Started, null, OnlinePayment.KeyOf(invoice.Id, 1), 1L), "the attempt is stored, started, without Stripe's answer");
        (await PaymentCountAsync(cluster, tenant.Id, invoice.Id)).ShouldBe(0L);
        (await TenantScalarAsync<string>(cluster, tenant.Id, $"SELECT \"Status\" FROM \"Invoices\" WHERE \"Id\" = '{invoice.Id}'")).ShouldBe(nameof(InvoiceStatus.Open));

        // Restart: the card-collection job finds the open invoice and the member's card, resumes the started attempt with its
        // key, Stripe replays the first answer, and the charge is recorded.
        host.SetEnvironment("Billing__CardCollectionCron", EveryFiveSecondsCron);
        await host.StartAsync(HostCluster.StartTimeout);
        (await HostCluster.EventuallyAsync(async () => await TenantScalarAsync<string>(cluster, tenant.Id, $"SELECT \"Status\" FROM \"Invoices\" WHERE \"Id\" = '{invoice.Id}'")
            == nameof(InvoiceStatus.Paid), TimeSpan.FromSeconds(90))).ShouldBeTrue($"the restarted host should reconcile the payment{Environment.NewLine}{cluster.Tails()}");

        // The staff's retry finds nothing due and charges nothing.
        using var retry = await admin.PostAsJsonAsync("/api/billing/online-payments", new { invoiceId = invoice.Id, offSession = true }, TestJson.Options, cancellationToken);
        var retryBody = await retry.Content.ReadAsStringAsync(cancellationToken);
        var paid = await ReadAsync<InvoiceDto>(await admin.GetAsync(Relative($"/api/billing/invoices/{invoice.Id}"), cancellationToken));
        var payments = await ReadAsync<PagedResultDto<PaymentDto>>(await admin.GetAsync(Relative($"/api/billing/payments?invoiceId={invoice.Id}"), cancellationToken));
        var attempts = await ReadAsync<List<OnlinePaymentDto>>(await admin.GetAsync(Relative($"/api/billing/online-payments?invoiceId={invoice.Id}"), cancellationToken));
        var charges = await fake.ListEmulatorChargeIdsAsync(accountId, "invoice_id", invoice.Id.ToString(), cancellationToken);
        var intents = fake.Events.Count(e => e.Type == "payment_intent.created" && e.Account == accountId && e.Json.Contains(invoice.Id.ToString(), StringComparison.Ordinal));

        retry.IsSuccessStatusCode.ShouldBeFalse(retryBody);
        retryBody.ShouldContain(BillingErrorCodes.InvalidInvoiceStatus);
        paid.Status.ShouldBe(InvoiceStatus.Paid);
        payments.Items.ShouldHaveSingleItem().ShouldSatisfyAllConditions(p => p.Provider.ShouldBe("stripe"), p => p.Amount.ShouldBe(8000));
        (await PaymentCountAsync(cluster, tenant.Id, invoice.Id)).ShouldBe(1L);
        attempts.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            a => a.Status.ShouldBe(OnlinePaymentStatus.Succeeded), a => a.PaymentIntentId.ShouldBe(intentId), a => a.PaymentId.ShouldBe(payments.Items[0].Id));
        charges.Count.ShouldBe(1, "one charge at Stripe for the invoice");
        intents.ShouldBe(1, "one PaymentIntent");
        fake.CountRequests("POST", "/v1/payment_intents").ShouldBe(2, "the killed call and its replay with the same key");
        (await TenantScalarAsync<int>(cluster, tenant.Id, $"SELECT \"Status\" FROM \"CardCollections\" WHERE \"InvoiceId\" = '{invoice.Id}'"))
            .ShouldBe((int)CardCollectionStatus.Closed, "the job that resumed the attempt closed its collection");
    }

    private static async Task<(int Status, string? PaymentIntentId, string IdempotencyKey, long Count)> AttemptAsync(HostCluster cluster, Guid tenantId, Guid invoiceId)
    {
        await using var connection = await TenantConnectionAsync(cluster, tenantId);
        await using var command = new NpgsqlCommand(
            $"SELECT \"Status\", \"PaymentIntentId\", \"IdempotencyKey\", count(*) OVER () FROM \"OnlinePayments\" WHERE \"InvoiceId\" = '{invoiceId}'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        (await reader.ReadAsync()).ShouldBeTrue("an attempt is stored");
        return (reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2), reader.GetInt64(3));
    }

    private static Task<long> PaymentCountAsync(HostCluster cluster, Guid tenantId, Guid invoiceId) =>
        TenantScalarAsync<long>(cluster, tenantId, $"SELECT count(*) FROM \"Payments\" WHERE \"InvoiceId\" = '{invoiceId}'");

    private static async Task<T> TenantScalarAsync<T>(HostCluster cluster, Guid tenantId, string sql)
    {
        await using var connection = await TenantConnectionAsync(cluster, tenantId);
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>A connection as the application role in the tenant's context (row-level security shows the tenant's rows).</summary>
    private static async Task<NpgsqlConnection> TenantConnectionAsync(HostCluster cluster, Guid tenantId)
    {
        var connection = await cluster.OpenConnectionAsync();
        await using var command = new NpgsqlCommand($"SELECT set_config('{RowLevelSecurityNames.TenantSetting}', '{tenantId}', false)", connection);
        await command.ExecuteScalarAsync();
        return connection;
    }
}
