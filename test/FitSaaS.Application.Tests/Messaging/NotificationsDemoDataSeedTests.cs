using FitSaaS.FeatureManagement;
using FitSaaS.Framework.Data;
using FitSaaS.Identity;
using FitSaaS.Messaging;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Messaging;

/// <summary>The demo members' notifications: seeded once, one read and two unread each.</summary>
public abstract class NotificationsDemoDataSeedTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : NotificationsDemoDataSeedTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : NotificationsDemoDataSeedTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    [Fact]
    public async Task SeedAsync_DemoDataTwice_GivesTheFirstDemoMembersTheirNotificationsOnce()
    {
        var tenant = await fixture.CreateTenantAsync(editionName: EditionNames.Pro);

        var members = await SeedDemoAsync(tenant);
        await SeedDemoAsync(tenant);

        var page = await AsMemberAsync(tenant, members[0], s => s.GetListAsync(new GetMyNotificationsInput()));
        page.TotalCount.ShouldBe(NotificationsDemoDataSeedContributor.PerMember);
        page.Items.Select(n => n.Kind).ShouldBe([NotificationKind.InvoiceIssued, NotificationKind.BookingConfirmed, NotificationKind.Announcement]);
        page.Items[^1].ReadAtUtc.ShouldNotBeNull();
        (await AsMemberAsync(tenant, members[0], s => s.GetUnreadCountAsync())).Notifications.ShouldBe(2);
        (await AsMemberAsync(tenant, members[NotificationsDemoDataSeedContributor.DemoMembers], s => s.GetListAsync(new GetMyNotificationsInput()))).TotalCount.ShouldBe(0);
    }

    private async Task<IReadOnlyList<Guid>> SeedDemoAsync(TestTenant tenant)
    {
        await using var scope = fixture.CreateScope();
        var context = new DataSeedContext(tenant.Id) { IncludeDemoData = true };
        await scope.ServiceProvider.GetRequiredService<IDataSeeder>().SeedAsync(context);
        return (IReadOnlyList<Guid>)context.Properties[IdentityConsts.DemoMemberIdsSeedProperty]!;
    }

    private async Task<T> AsMemberAsync<T>(TestTenant tenant, Guid member, Func<INotificationAppService, Task<T>> action)
    {
        using var _ = fixture.RunAs(tenant.Id, member, "test-user", IdentityConsts.MemberRole);
        await using var scope = fixture.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<INotificationAppService>());
    }
}
