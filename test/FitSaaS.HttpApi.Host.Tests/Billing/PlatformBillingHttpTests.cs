using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FitSaaS.Billing;
using FitSaaS.Billing.Platform;
using FitSaaS.FeatureManagement;
using FitSaaS.Framework.Application;
using FitSaaS.Testing;
using static FitSaaS.HttpApi.Host.Tests.Bookings.BookingsApi;

namespace FitSaaS.HttpApi.Host.Tests.Billing;

/// <summary>
/// Platform billing of gyms over HTTP (fake Stripe in front of the local emulator, the platform's own account): an operator
/// prices an edition, a gym's administrator subscribes with a card, Stripe's signed webhooks keep the gym's edition and
/// paid-until date (applied once however often delivered), a failed payment gives a grace period and, once it is over, the
/// Free edition; operators see every gym's status, gyms do not; bad prices are refused with a code and create nothing.
/// </summary>
public sealed class PlatformBillingHttpTests(StripeWebFixture fixture) : IClassFixture<StripeWebFixture>
{
    private const string PricesRoute = "/api/billing/platform/edition-prices";
    private const string SubscriptionRoute = "/api/billing/platform/subscription";
    private const string TenantsRoute = "/api/billing/platform/tenants";

    [Fact]
    public async Task AGymSubscribes_WebhooksKeepItsEditionAndPaidUntilDate_AndAFailedPaymentGivesAGracePeriod()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        using var host = await fixture.CreateHostAdminClientAsync();
        var edition = await CreateEditionAsync(host);
        var first = await PostAsync<EditionPriceDto>(host, PricesRoute, new { editionId = edition.Id, interval = "Month", amount = 4900, currency = "eur" });
        var same = await PostAsync<EditionPriceDto>(host, PricesRoute, new { editionId = edition.Id, interval = "Month", amount = 4900, currency = "EUR" });
        var price = await PostAsync<EditionPriceDto>(host, PricesRoute, new { editionId = edition.Id, interval = "Month", amount = 5900, currency = "EUR" });
        var tenant = await fixture.CreateTenantAsync(editionName: EditionNames.Free);
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var offered = await ReadAsync<List<EditionPriceDto>>(await admin.GetAsync(Relative($"{SubscriptionRoute}/prices")));

        var subscribed = await PostAsync<TenantSubscriptionDto>(admin, SubscriptionRoute, new { editionId = edition.Id, interval = "Month", paymentMethodId = "pm_card_visa" });
        var afterSubscribe = await FeaturesAsync(host, tenant.Id);
        var renewedUntil = new DateTimeOffset(subscribed.PaidUntilUtc!.Value, TimeSpan.Zero).AddMonths(1);
        await fixture.Fake.SetSubscriptionStateAsync(subscribed.StripeSubscriptionId!, "active", renewedUntil, TestContext.Current.CancellationToken);
        var paid = fixture.Fake.RaiseInvoiceEvent("invoice.paid", subscribed.StripeSubscriptionId!);
        using var client = fixture.CreateClient();
        var outcomes = new[]
        {
            await StripeWebhooks.DeliverSignedAsync(client, paid.Json, StripeWebhooks.PlatformSecret),
            await StripeWebhooks.DeliverSignedAsync(client, paid.Json, StripeWebhooks.PlatformSecret),
        };
        var afterRenewal = await FeaturesAsync(host, tenant.Id);
        await fixture.Fake.SetSubscriptionStateAsync(subscribed.StripeSubscriptionId!, "past_due", cancellationToken: TestContext.Current.CancellationToken);
        var failed = fixture.Fake.RaiseInvoiceEvent("invoice.payment_failed", subscribed.StripeSubscriptionId!);
        var failedOutcome = await StripeWebhooks.DeliverSignedAsync(client, failed.Json, StripeWebhooks.PlatformSecret);
        var inGrace = await ReadAsync<TenantSubscriptionDto>(await admin.GetAsync(Relative(SubscriptionRoute)));
        var afterFailure = await FeaturesAsync(host, tenant.Id);
        var pastDue = await ReadAsync<PagedResultDto<TenantBillingStatusDto>>(await host.GetAsync(Relative($"{TenantsRoute}?status=PastDue&maxResultCount=1000")));

        (first.StripeProductId, same.StripePriceId).ShouldBe((price.StripeProductId, first.StripePriceId), "one Product per edition; the same amount is the same Price");
        price.StripePriceId.ShouldNotBe(first.StripePriceId, "Stripe Prices are immutable: a new amount is a new Price");
        offered.ShouldContain(p => p.EditionId == edition.Id && p.Amount == 5900 && p.Currency == "EUR");
        subscribed.ShouldSatisfyAllConditions(
            s => s.Status.ShouldBe(TenantSubscriptionStatus.Active), s => s.EditionId.ShouldBe(edition.Id), s => s.StripeSubscriptionId.ShouldStartWith("sub_"),
            s => s.PaidUntilUtc!.Value.ShouldBeGreaterThan(DateTime.UtcNow.AddDays(27)));
        afterSubscribe.Edition.ShouldSatisfyAllConditions(
            e => e.EditionId.ShouldBe(edition.Id), e => e.EditionEndDateUtc.ShouldBe(subscribed.PaidUntilUtc!.Value.AddHours(24)), e => e.IsExpired.ShouldBeFalse());
        Feature(afterSubscribe, BillingFeatures.OnlinePayments).ShouldBe("true");
        outcomes.ShouldBe(["Applied", "Duplicate"]);
        afterRenewal.Edition.EditionEndDateUtc.ShouldBe(renewedUntil.UtcDateTime.AddHours(24));
        failedOutcome.ShouldBe("Applied");
        inGrace.ShouldSatisfyAllConditions(
            s => s.Status.ShouldBe(TenantSubscriptionStatus.PastDue), s => s.LastPaymentFailedAtUtc.ShouldNotBeNull(),
            s => s.GraceUntilUtc.ShouldBe(s.LastPaymentFailedAtUtc!.Value.AddDays(7)));
        afterFailure.Edition.ShouldSatisfyAllConditions(e => e.EditionId.ShouldBe(edition.Id), e => e.EditionEndDateUtc.ShouldBe(inGrace.GraceUntilUtc), e => e.IsExpired.ShouldBeFalse());
        Feature(afterFailure, BillingFeatures.OnlinePayments).ShouldBe("true", "the edition holds during the grace period");
        pastDue.Items.ShouldContain(r => r.TenantId == tenant.Id && r.Subscription!.Status == TenantSubscriptionStatus.PastDue && r.StripeCustomerId!.StartsWith("cus_"));
        pastDue.Items.ShouldAllBe(r => r.Subscription!.Status == TenantSubscriptionStatus.PastDue);
    }

    [Fact]
    public async Task AfterTheGracePeriod_TheGymIsOnTheFreeEdition()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        using var host = await fixture.CreateHostAdminClientAsync();
        var edition = await CreateEditionAsync(host);
        await PostAsync<EditionPriceDto>(host, PricesRoute, new { editionId = edition.Id, interval = "Year", amount = 49000, currency = "USD" });
        var tenant = await fixture.CreateTenantAsync(editionName: EditionNames.Free);
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var subscribed = await PostAsync<TenantSubscriptionDto>(admin, SubscriptionRoute, new { editionId = edition.Id, interval = "Year", paymentMethodId = "pm_card_visa" });
        var onEdition = await FeaturesAsync(host, tenant.Id);

        // Stripe's retries ran out: the subscription is unpaid and its first failed invoice is eight days old (grace: 7 days).
        await fixture.Fake.SetSubscriptionStateAsync(subscribed.StripeSubscriptionId!, "unpaid", cancellationToken: TestContext.Current.CancellationToken);
        var failed = JsonNode.Parse(fixture.Fake.RaiseInvoiceEvent("invoice.payment_failed", subscribed.StripeSubscriptionId!).Json)!;
        failed["created"] = DateTimeOffset.UtcNow.AddDays(-8).ToUnixTimeSeconds();
        using var client = fixture.CreateClient();
        var outcome = await StripeWebhooks.DeliverSignedAsync(client, failed.ToJsonString(), StripeWebhooks.PlatformSecret);
        var afterGrace = await FeaturesAsync(host, tenant.Id);
        var status = await ReadAsync<TenantSubscriptionDto>(await admin.GetAsync(Relative(SubscriptionRoute)));
        var all = await ReadAsync<PagedResultDto<TenantBillingStatusDto>>(await host.GetAsync(Relative($"{TenantsRoute}?maxResultCount=1000")));

        subscribed.PaidUntilUtc!.Value.ShouldBeGreaterThan(DateTime.UtcNow.AddDays(360));
        onEdition.Edition.EditionId.ShouldBe(edition.Id);
        outcome.ShouldBe("Applied");
        status.ShouldSatisfyAllConditions(s => s.Status.ShouldBe(TenantSubscriptionStatus.Unpaid), s => s.GraceUntilUtc!.Value.ShouldBeLessThan(DateTime.UtcNow));
        afterGrace.Edition.EffectiveEditionName.ShouldBe(EditionNames.Free);
        Feature(afterGrace, BillingFeatures.OnlinePayments).ShouldBe("false");
        all.Items.ShouldContain(r => r.TenantId == tenant.Id && r.EditionName == EditionNames.Free && r.Subscription!.Status == TenantSubscriptionStatus.Unpaid);
    }

    [Fact]
    public async Task AGymCancels_TheEditionEndsWithThePaidPeriod_AndItCannotSubscribeTwice()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        using var host = await fixture.CreateHostAdminClientAsync();
        var edition = await CreateEditionAsync(host);
        await PostAsync<EditionPriceDto>(host, PricesRoute, new { editionId = edition.Id, amount = 1500, currency = "GBP" });
        var tenant = await fixture.CreateTenantAsync(editionName: EditionNames.Free);
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var subscribed = await PostAsync<TenantSubscriptionDto>(admin, SubscriptionRoute, new { editionId = edition.Id, paymentMethodId = "pm_card_visa" });

        using var twice = await admin.PostAsJsonAsync(SubscriptionRoute, new { editionId = edition.Id, paymentMethodId = "pm_card_visa" }, TestJson.Options);
        var cancelled = await PostAsync<TenantSubscriptionDto>(admin, $"{SubscriptionRoute}/cancel", new { });
        var features = await FeaturesAsync(host, tenant.Id);

        twice.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ProblemAsync(twice)).GetProperty("code").GetString().ShouldBe(PlatformBillingErrorCodes.AlreadySubscribed);
        cancelled.ShouldSatisfyAllConditions(c => c.CancelAtPeriodEnd.ShouldBeTrue(), c => c.Status.ShouldBe(TenantSubscriptionStatus.Active));
        features.Edition.ShouldSatisfyAllConditions(e => e.EditionId.ShouldBe(edition.Id), e => e.EditionEndDateUtc.ShouldBe(subscribed.PaidUntilUtc));
    }

    [Fact]
    public async Task AFirstPaymentThatFails_LeavesTheEditionUnchanged_AndTheGymCanSubscribeAgainWithAnotherCard()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        using var host = await fixture.CreateHostAdminClientAsync();
        var edition = await CreateEditionAsync(host);
        await PostAsync<EditionPriceDto>(host, PricesRoute, new { editionId = edition.Id, amount = 2900, currency = "EUR" });
        var tenant = await fixture.CreateTenantAsync(editionName: EditionNames.Free);
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var customersBefore = fixture.Fake.CountRequests("POST", "/v1/customers");

        using var declined = await admin.PostAsJsonAsync(SubscriptionRoute, new { editionId = edition.Id, paymentMethodId = "pm_card_chargeDeclined" }, TestJson.Options);
        var incomplete = await PostAsync<TenantSubscriptionDto>(admin, SubscriptionRoute, new { editionId = edition.Id, paymentMethodId = "pm_card_chargeCustomerFail" });
        var whileIncomplete = await FeaturesAsync(host, tenant.Id);
        var abandoned = await PostAsync<TenantSubscriptionDto>(admin, $"{SubscriptionRoute}/cancel", new { });
        var paid = await PostAsync<TenantSubscriptionDto>(admin, SubscriptionRoute, new { editionId = edition.Id, paymentMethodId = "pm_card_visa" });
        var afterPaid = await FeaturesAsync(host, tenant.Id);

        declined.StatusCode.ShouldBe(HttpStatusCode.PaymentRequired);
        (await ProblemAsync(declined)).GetProperty("code").GetString().ShouldBe(BillingErrorCodes.PaymentFailed);
        incomplete.Status.ShouldBe(TenantSubscriptionStatus.Incomplete);
        whileIncomplete.Edition.EditionName.ShouldBe(EditionNames.Free);
        abandoned.Status.ShouldBe(TenantSubscriptionStatus.Canceled);
        paid.ShouldSatisfyAllConditions(p => p.Status.ShouldBe(TenantSubscriptionStatus.Active), p => p.StripeSubscriptionId.ShouldNotBe(incomplete.StripeSubscriptionId));
        afterPaid.Edition.EditionId.ShouldBe(edition.Id);
        (fixture.Fake.CountRequests("POST", "/v1/customers") - customersBefore).ShouldBe(1, "the gym's platform Customer is created once");
    }

    [Fact]
    public async Task BadPrices_Are400WithACode_AndCreateNothing_AndGymsCannotSeeTheOperatorsViews()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        using var host = await fixture.CreateHostAdminClientAsync();
        var edition = await CreateEditionAsync(host);
        var tenant = await fixture.CreateTenantAsync(editionName: EditionNames.Free);
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var productsBefore = fixture.Fake.CountRequests("POST", "/v1/products");
        var pricesBefore = fixture.Fake.CountRequests("POST", "/v1/prices");

        using var unknownEdition = await host.PostAsJsonAsync(PricesRoute, new { editionId = Guid.NewGuid(), amount = 4900, currency = "EUR" }, TestJson.Options);
        using var negative = await host.PostAsJsonAsync(PricesRoute, new { editionId = edition.Id, amount = -100, currency = "EUR" }, TestJson.Options);
        using var badCurrency = await host.PostAsJsonAsync(PricesRoute, new { editionId = edition.Id, amount = 4900, currency = "XYZ" }, TestJson.Options);
        using var notPriced = await admin.PostAsJsonAsync(SubscriptionRoute, new { editionId = edition.Id, paymentMethodId = "pm_card_visa" }, TestJson.Options);
        using var gymReadsTenants = await admin.GetAsync(Relative(TenantsRoute));
        using var gymSetsPrice = await admin.PostAsJsonAsync(PricesRoute, new { editionId = edition.Id, amount = 1, currency = "EUR" }, TestJson.Options);
        using var hostSubscribes = await host.PostAsJsonAsync(SubscriptionRoute, new { editionId = edition.Id, paymentMethodId = "pm_card_visa" }, TestJson.Options);
        var prices = await ReadAsync<List<EditionPriceDto>>(await host.GetAsync(Relative(PricesRoute)));
        var status = await ReadAsync<TenantSubscriptionDto>(await admin.GetAsync(Relative(SubscriptionRoute)));

        (unknownEdition.StatusCode, negative.StatusCode, badCurrency.StatusCode, notPriced.StatusCode)
            .ShouldBe((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest));
        (await ProblemAsync(unknownEdition)).GetProperty("code").GetString().ShouldBe(FeatureManagementErrorCodes.EditionNotFound);
        (await ProblemAsync(negative)).GetProperty("code").GetString().ShouldNotBeNullOrEmpty();
        (await ProblemAsync(badCurrency)).GetProperty("code").GetString().ShouldBe(BillingErrorCodes.UnknownCurrency);
        (await ProblemAsync(notPriced)).GetProperty("code").GetString().ShouldBe(PlatformBillingErrorCodes.EditionNotPriced);
        (gymReadsTenants.StatusCode, gymSetsPrice.StatusCode, hostSubscribes.StatusCode).ShouldBe((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden));
        prices.ShouldNotContain(p => p.EditionId == edition.Id);
        (fixture.Fake.CountRequests("POST", "/v1/products"), fixture.Fake.CountRequests("POST", "/v1/prices")).ShouldBe((productsBefore, pricesBefore));
        status.IsSubscribed.ShouldBeFalse();
    }

    private static async Task<EditionDto> CreateEditionAsync(HttpClient host) =>
        await PostAsync<EditionDto>(host, "/api/feature-management/editions", new
        {
            name = $"Gold{Guid.NewGuid():N}"[..16],
            displayName = "Gold",
            features = new[] { new { name = BillingFeatures.OnlinePayments, value = "true" } },
        });

    private static async Task<TenantFeaturesDto> FeaturesAsync(HttpClient host, Guid tenantId) =>
        await ReadAsync<TenantFeaturesDto>(await host.GetAsync(Relative($"/api/feature-management/tenants/{tenantId}/features")));

    private static string Feature(TenantFeaturesDto features, string name) => features.Features.Single(f => f.Name == name).Value;
}
