using System.Text.Json;
using System.Text.Json.Nodes;
using FitSaaS.AuditLogging;
using FitSaaS.Billing;
using FitSaaS.Billing.Stripe;
using FitSaaS.EntityFrameworkCore;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.EntityFrameworkCore.EventBus;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Identity;
using FitSaaS.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Billing;

/// <summary>
/// Issue 16 §1: the platform's Stripe secret key, the webhook endpoints' signing secrets and the client secrets of
/// SetupIntents and PaymentIntents never appear in logs (every level), distributed events, audit entries or the services'
/// answers (errors included) — driven through the Stripe flows: a gym connects, a member saves a card with 3-D Secure,
/// pays an invoice with 3-D Secure, webhooks are applied, replayed and forged, staff refunds, and the card-collection job
/// charges a renewal that is declined. A client secret is given only in the answer that started its intent, to the member
/// whose intent it is (for the member's app, Stripe.js).
/// </summary>
public sealed class StripeSecretsTests(StripeLoggingApplicationFixture fixture) : IClassFixture<StripeLoggingApplicationFixture>
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    private readonly BillingScenario _scenario = new(fixture);

    [Fact]
    public async Task NoSecret_IsLogged_Published_Audited_OrAnswered()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var ct = TestContext.Current.CancellationToken;
        var answers = new List<string>();
        T Answer<T>(T answer)
        {
            answers.Add(JsonSerializer.Serialize(answer, s_json));
            return answer;
        }

        // A gym connects Stripe and reads its connection.
        var tenant = (await _scenario.CreateGymAsync()).Tenant;
        var connected = Answer(await _scenario.AsAdminAsync<IStripeConnectionAppService, StripeConnectionDto>(tenant, s => s.CreateAsync(new ConnectStripeDto { Email = "owner@gym.test" })));
        await fixture.Fake.UpdateAccountAsync(connected.AccountId!, chargesEnabled: true, payoutsEnabled: true, detailsSubmitted: true, ct);
        Answer(await _scenario.AsAdminAsync<IStripeConnectionAppService, StripeConnectionDto>(tenant, s => s.RefreshAsync()));
        Answer(await _scenario.AsAdminAsync<IStripeConnectionAppService, StripeConnectionDto>(tenant, s => s.GetAsync()));
        await ProcessAsync(fixture.Fake.LastEvent("account.updated")!.Json);

        // A member saves a card needing 3-D Secure: the client secret comes back to the member, once.
        var member = await _scenario.CreateMemberAsync(tenant);
        var setup = await _scenario.AsMemberAsync<ISavedCardAppService, SetupIntentDto>(tenant, member, s => s.CreateSetupIntentAsync());
        var setupPending = await _scenario.AsMemberAsync<ISavedCardAppService, SetupIntentDto>(tenant, member,
            s => s.ConfirmSetupIntentAsync(setup.Id, new ConfirmSetupIntentDto { PaymentMethodId = "pm_card_threeDSecure2Required" }));
        await fixture.Fake.CompleteAuthenticationAsync(setup.Id, succeed: true, ct);
        var setupSucceeded = fixture.Fake.Events.Last(e => e.Type == "setup_intent.succeeded" && e.Json.Contains(setup.Id, StringComparison.Ordinal));
        await ProcessAsync(setupSucceeded.Json);
        Answer(await _scenario.AsMemberAsync<ISavedCardAppService, List<SavedCardDto>>(tenant, member, s => s.GetListAsync()));

        // The member pays an invoice with 3-D Secure; Stripe's webhook pays it; a replay and a forgery change nothing.
        var pack = await _scenario.CreatePackAsync(tenant, credits: 5, price: 6500);
        var invoice = (await _scenario.SellAsync(tenant, member, pack.Id)).Invoice;
        var pending = await _scenario.AsMemberAsync<IOnlinePaymentAppService, OnlinePaymentDto>(tenant, member,
            s => s.CreateAsync(new PayInvoiceOnlineDto { InvoiceId = invoice.Id, PaymentMethodId = "pm_card_threeDSecure2Required" }));
        await fixture.Fake.CompleteAuthenticationAsync(pending.PaymentIntentId!, succeed: true, ct);
        var paidEvent = fixture.Fake.Events.Last(e => e.Type == "payment_intent.succeeded" && e.Json.Contains(pending.PaymentIntentId!, StringComparison.Ordinal));
        var outcomes = new[] { await ProcessAsync(paidEvent.Json), await ProcessAsync(paidEvent.Json) };
        var forged = await Should.ThrowAsync<BusinessException>(() => ProcessAsync(paidEvent.Json, "whsec_forged_by_someone"));
        answers.Add(ErrorAnswer(forged));
        var read = Answer(await _scenario.AsMemberAsync<IOnlinePaymentAppService, OnlinePaymentDto>(tenant, member, s => s.GetAsync(pending.Id)));
        Answer(await _scenario.AsMemberAsync<IOnlinePaymentAppService, List<OnlinePaymentDto>>(tenant, member, s => s.GetListAsync(invoice.Id)));
        Answer(await _scenario.AsAdminAsync<IOnlinePaymentAppService, List<OnlinePaymentDto>>(tenant, s => s.GetListAsync(invoice.Id)));
        Answer(await _scenario.AsMemberAsync<IOnlinePaymentAppService, OnlinePaymentDto>(tenant, member, s => s.RefreshAsync(pending.Id)));
        Answer(await _scenario.GetInvoiceAsync(tenant, invoice.Id));

        // Staff refund part of it (Stripe's charge.refunded comes back as a webhook).
        Answer(await _scenario.AsAdminAsync<IPaymentAppService, CreditNoteDto>(tenant,
            s => s.RefundAsync(read.PaymentId!.Value, new RefundPaymentDto { Amount = 1500, Reason = "Goodwill" })));
        await ProcessAsync(fixture.Fake.LastEvent("charge.refunded")!.Json);
        Answer(await _scenario.AsAdminAsync<IPaymentAppService, PaymentDto>(tenant, s => s.GetAsync(read.PaymentId!.Value)));

        // A membership's invoice charged off-session by the job: the 3-D Secure card is declined (a hard decline, an event).
        var monthly = await _scenario.CreateMonthlyAsync(tenant, price: 3900);
        var sale = Answer(await _scenario.SellAsync(tenant, member, monthly.Id));
        using (fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenant.Id))
        {
            await using var scope = fixture.CreateScope();
            await scope.ServiceProvider.GetRequiredService<CardCollectionManager>().RunAsync(DateTime.UtcNow, ct);
        }

        var staffCharge = await Should.ThrowAsync<BusinessException>(() => _scenario.AsAdminAsync<IPaymentAppService, PaymentDto>(tenant,
            s => s.CreateAsync(new CreatePaymentDto { InvoiceId = sale.Invoice.Id, Amount = sale.Invoice.AmountDue, Provider = "stripe" })));
        answers.Add(ErrorAnswer(staffCharge));
        Answer(await _scenario.AsAdminAsync<IOnlinePaymentAppService, List<OnlinePaymentDto>>(tenant, s => s.GetListAsync(sale.Invoice.Id)));

        await fixture.Services.GetRequiredService<AuditLogWriter>().FlushAsync(ct);
        var events = await OutboxPayloadsAsync(tenant);
        var audit = await AuditEntriesAsync(tenant);
        var logs = fixture.Logs.Entries;

        // The flows ran as expected.
        outcomes.ShouldBe([StripeWebhookOutcome.Applied, StripeWebhookOutcome.Duplicate]);
        forged.Code.ShouldBe(BillingErrorCodes.InvalidWebhookSignature);
        staffCharge.Code.ShouldBe(BillingErrorCodes.PaymentFailed);
        read.Status.ShouldBe(OnlinePaymentStatus.Succeeded);
        events.ShouldContain(e => e.StartsWith("Billing.CardPaymentFailed.v1 ", StringComparison.Ordinal) && e.Contains(sale.Invoice.Id.ToString(), StringComparison.OrdinalIgnoreCase),
            "the declined renewal's event was published");
        audit.ShouldContain(a => a.Contains("OnlinePaymentAppService", StringComparison.Ordinal), "the online payments were audited");
        logs.ShouldContain(l => l.Contains("Stripe event", StringComparison.Ordinal), "the webhook intake logged");

        // The client secrets: given to the member in the answers that started the intents, nowhere else.
        setup.ClientSecret.ShouldNotBeNull().ShouldStartWith(setup.Id + "_secret_");
        setupPending.ShouldSatisfyAllConditions(s => s.Status.ShouldBe("requires_action"), s => s.ClientSecret.ShouldBe(setup.ClientSecret));
        pending.ShouldSatisfyAllConditions(
            p => p.Status.ShouldBe(OnlinePaymentStatus.RequiresAction), p => p.ClientSecret.ShouldNotBeNull().ShouldStartWith(pending.PaymentIntentId + "_secret_"));
        var clientSecrets = fixture.Fake.Events.Select(e => JsonNode.Parse(e.Json)!["data"]!["object"]!["client_secret"]?.GetValue<string>())
            .OfType<string>().Concat([setup.ClientSecret!, pending.ClientSecret!]).Distinct().ToList();
        clientSecrets.ShouldContain(pending.ClientSecret!);
        var secrets = new[] { StripeEmulator.SecretKey, StripeApplicationFixture.ConnectWebhookSecret, StripeApplicationFixture.PlatformWebhookSecret }
            .Concat(clientSecrets).Concat(["sk_test_", "whsec_", "_secret_"]).ToList();
        foreach (var (kind, texts) in new (string Kind, IReadOnlyList<string> Texts)[] { ("log", logs), ("event", events), ("audit entry", audit), ("answer", answers) })
        {
            texts.ShouldNotBeEmpty();
            foreach (var text in texts)
            {
                foreach (var secret in secrets)
                {
                    text.ShouldNotContain(secret, Case.Sensitive, $"a {kind} holds a secret ({secret}): {text}");
                }
            }
        }

        foreach (var own in new[] { JsonSerializer.Serialize(setup, s_json), JsonSerializer.Serialize(setupPending, s_json), JsonSerializer.Serialize(pending, s_json) })
        {
            own.ShouldNotContain(StripeEmulator.SecretKey, Case.Sensitive);
            own.ShouldNotContain("whsec_", Case.Sensitive);
        }
    }

    private async Task<StripeWebhookOutcome> ProcessAsync(string json, string secret = StripeApplicationFixture.ConnectWebhookSecret)
    {
        await using var scope = fixture.CreateScope();
        var (outcome, _, _) = await scope.ServiceProvider.GetRequiredService<StripeWebhookProcessor>().ProcessAsync(
            json, fixture.Fake.SignatureHeader(json, secret), TestContext.Current.CancellationToken);
        return outcome;
    }

    /// <summary>What a client is told of a refusal: its code, message and details (the problem details' fields).</summary>
    private static string ErrorAnswer(BusinessException error) =>
        JsonSerializer.Serialize(new { error.Code, error.Message, Details = error.Details.ToDictionary(d => d.Key, d => d.Value?.ToString()) }, s_json);

    /// <summary>Every outbox row of the tenant and of the host, as published (the fixture does not dispatch the outbox).</summary>
    private async Task<List<string>> OutboxPayloadsAsync(TestTenant tenant)
    {
        using var _ = fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenant.Id);
        await using var scope = fixture.CreateScope();
        var context = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextForTenantAsync(tenant.Id);
        var rows = await context.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.TenantId == tenant.Id || m.TenantId == null)
            .Select(m => new { m.EventName, m.Payload }).ToListAsync(TestContext.Current.CancellationToken);
        return rows.Select(r => $"{r.EventName} {r.Payload}").ToList();
    }

    /// <summary>Every audit entry the gym's admin and the host's admin can read, with its actions and entity changes, as JSON.</summary>
    private async Task<List<string>> AuditEntriesAsync(TestTenant tenant)
    {
        var entries = new List<string>();
        var hostAdmin = await fixture.GetHostAdminIdAsync();
        foreach (var (tenantId, userId) in new (Guid?, Guid)[] { (tenant.Id, tenant.AdminUserId), (null, hostAdmin) })
        {
            using var _ = fixture.RunAs(tenantId, userId, IdentityConsts.AdminUserName, IdentityConsts.AdminRole);
            await using var scope = fixture.CreateScope();
            var service = scope.ServiceProvider.GetRequiredService<IAuditLogAppService>();
            for (var skip = 0; ; skip += PagedResultRequestDto.MaxMaxResultCount)
            {
                var page = await service.GetListAsync(new GetAuditLogListInput { SkipCount = skip, MaxResultCount = PagedResultRequestDto.MaxMaxResultCount });
                foreach (var item in page.Items)
                {
                    entries.Add(JsonSerializer.Serialize(await service.GetAsync(item.Id), s_json));
                }

                if (page.Items.Count < PagedResultRequestDto.MaxMaxResultCount)
                {
                    break;
                }
            }
        }

        return entries;
    }
}
