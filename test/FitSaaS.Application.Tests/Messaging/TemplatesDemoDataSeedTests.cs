using FitSaaS.FeatureManagement;
using FitSaaS.Framework.Data;
using FitSaaS.Identity;
using FitSaaS.Messaging;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Messaging;

/// <summary>The demo gym's notification languages (English and Spanish) and its one English override, seeded once.</summary>
public abstract class TemplatesDemoDataSeedTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : TemplatesDemoDataSeedTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : TemplatesDemoDataSeedTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    [Fact]
    public async Task SeedAsync_DemoDataTwice_OffersEnglishAndSpanish_AndOverridesTheEnglishBookingSubjectOnce()
    {
        var tenant = await fixture.CreateTenantAsync(editionName: EditionNames.Pro);
        var staff = await fixture.CreateUserAsync(tenant.Id, "coach", IdentityConsts.StaffRole);

        await SeedDemoAsync(tenant);
        await SeedDemoAsync(tenant);

        using var _ = fixture.RunAs(tenant.Id, staff, "coach", IdentityConsts.StaffRole);
        await using var scope = fixture.CreateScope();
        var list = await scope.ServiceProvider.GetRequiredService<INotificationTemplateAppService>().GetListAsync();
        list.Select(t => t.Language).Distinct().ShouldBe(["en", "es"]);
        var overridden = list.Where(t => t.IsOverridden).ShouldHaveSingleItem();
        overridden.Kind.ShouldBe(NotificationKind.BookingConfirmed);
        overridden.Language.ShouldBe("en");
        overridden.Subject.ShouldBe(TemplatesDemoDataSeedContributor.DemoBookingConfirmedSubject);
        var preview = await scope.ServiceProvider.GetRequiredService<INotificationTemplateAppService>().PreviewAsync(
            new PreviewNotificationTemplateDto { Kind = NotificationKind.BookingConfirmed, Language = "en" });
        preview.Subject.ShouldBe("See you in class on 2026-01-15 18:00!");
    }

    private async Task SeedDemoAsync(TestTenant tenant)
    {
        await using var scope = fixture.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IDataSeeder>().SeedAsync(new DataSeedContext(tenant.Id) { IncludeDemoData = true });
    }
}
