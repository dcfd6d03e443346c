using FitSaaS.Billing.Platform;
using FitSaaS.EntityFrameworkCore;
using FitSaaS.Testing;
using FitSaaS.Testing.Stripe;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Billing;

/// <summary>
/// The demo seed (through <see cref="DbMigrationService"/>, as the host and the DbMigrator run it) prices the paid editions at Stripe (Products and Prices on the platform account, through the fake in
/// front of the emulator) once: a gym then sees what it can subscribe to. Without demo data nothing is priced.
/// </summary>
public abstract class PlatformBillingDemoDataSeedTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(StripeApplicationFixture fixture) : PlatformBillingDemoDataSeedTests(fixture), IClassFixture<StripeApplicationFixture>;

    public sealed class ThroughProxies(StripeProxyApplicationFixture fixture) : PlatformBillingDemoDataSeedTests(fixture), IClassFixture<StripeProxyApplicationFixture>;

    private readonly BillingScenario _scenario = new(fixture);

    [Fact]
    public async Task SeedAsync_HostDemoDataTwice_PricesThePaidEditionsOnce_AndAGymSeesThem()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var tenant = await fixture.CreateTenantAsync();

        await SeedHostAsync(includeDemoData: false);
        var withoutDemo = await PricesAsync(tenant);
        await SeedHostAsync(includeDemoData: true);
        var first = await PricesAsync(tenant);
        await SeedHostAsync(includeDemoData: true);
        var second = await PricesAsync(tenant);

        withoutDemo.ShouldBeEmpty();
        first.Select(p => (p.EditionName, p.Interval, p.Amount, p.Currency)).ShouldBe(
            PlatformBillingDemoDataSeedContributor.Prices.Select(p => ((string?)p.Edition, p.Interval, p.Amount, PlatformBillingDemoDataSeedContributor.Currency)),
            ignoreOrder: true);
        first.ShouldAllBe(p => p.StripePriceId.StartsWith("price_") && p.StripeProductId.StartsWith("prod_"));
        first.Where(p => p.EditionName == "Pro").Select(p => p.StripeProductId).Distinct().ShouldHaveSingleItem();
        second.Select(p => p.StripePriceId).ShouldBe(first.Select(p => p.StripePriceId), ignoreOrder: true);
    }

    private async Task<IReadOnlyList<EditionPriceDto>> PricesAsync(TestTenant tenant) =>
        await _scenario.AsAdminAsync<ITenantSubscriptionAppService, IReadOnlyList<EditionPriceDto>>(tenant, s => s.GetPricesAsync());

    // As the host's start and the DbMigrator run it: the host seeded first, then every tenant (demo-gym created with demo data).
    private Task SeedHostAsync(bool includeDemoData) =>
        fixture.Services.GetRequiredService<DbMigrationService>().MigrateAsync(includeDemoData, TestContext.Current.CancellationToken);
}
