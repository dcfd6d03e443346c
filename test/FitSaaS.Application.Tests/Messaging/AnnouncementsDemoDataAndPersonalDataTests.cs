using FitSaaS.Application.Tests.Forms;
using FitSaaS.EntityFrameworkCore.Messaging;
using FitSaaS.Framework.Data;
using FitSaaS.Framework.PersonalData;
using FitSaaS.Identity;
using FitSaaS.Messaging;
using FitSaaS.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Messaging;

/// <summary>The demo gym's announcements (one delivered to every member, one scheduled), seeded once; export and erasure of a member's receipts.</summary>
public sealed class AnnouncementsDemoDataAndPersonalDataTests(FitSaaSApplicationFixture fixture) : IClassFixture<FitSaaSApplicationFixture>
{
    private readonly PersonalDataScenario _scenario = new(fixture);

    [Fact]
    public async Task DemoData_SeededTwice_OneDeliveredToEveryMemberAndOneScheduled_ThenAMembersReceiptsAreExportedAndErased()
    {
        var (tenant, members) = await _scenario.SeedDemoTenantAsync();
        await using (var scope = fixture.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<IDataSeeder>().SeedAsync(new DataSeedContext(tenant.Id) { IncludeDemoData = true });
        }

        var announcements = await _scenario.QueryAsync(tenant.Id, db => db.Set<Announcement>().AsNoTracking().ToListAsync());
        var receipts = await _scenario.QueryAsync(tenant.Id, db => db.Set<AnnouncementReceipt>().AsNoTracking().ToListAsync());
        var memberRole = IdentityConsts.MemberRole.ToUpperInvariant();
        var memberCount = await _scenario.QueryAsync(tenant.Id, db => (
            from ur in db.Set<AppUserRole>() join r in db.Set<AppRole>() on ur.RoleId equals r.Id where r.NormalizedName == memberRole select ur.UserId).Distinct().CountAsync());

        announcements.Count.ShouldBe(2);
        var delivered = announcements.Single(a => a.Title == AnnouncementsDemoDataSeedContributor.DeliveredTitle);
        delivered.Status.ShouldBe(AnnouncementStatus.Delivered);
        delivered.RecipientCount.ShouldBe(memberCount);
        receipts.Count(r => r.AnnouncementId == delivered.Id).ShouldBe(memberCount);
        receipts.Select(r => r.UserId).ShouldBeSubsetOf(receipts.Select(r => r.UserId).Distinct());
        var scheduled = announcements.Single(a => a.Title == AnnouncementsDemoDataSeedContributor.ScheduledTitle);
        scheduled.Status.ShouldBe(AnnouncementStatus.Scheduled);
        scheduled.AudienceKind.ShouldBe(AnnouncementAudienceKind.Location);
        scheduled.ScheduledAtUtc.ShouldNotBeNull().ShouldBeGreaterThan(DateTime.UtcNow);

        var member = members[0];
        receipts.ShouldContain(r => r.UserId == member);
        var export = (await _scenario.ExportAsync<AnnouncementsPersonalDataHandler>(tenant.Id, member)).ShouldNotBeNull();
        var exported = export.GetProperty("receipts").EnumerateArray().ShouldHaveSingleItem();
        exported.GetProperty("title").GetString().ShouldBe(AnnouncementsDemoDataSeedContributor.DeliveredTitle);

        var erased = await _scenario.EraseAsync<AnnouncementsPersonalDataHandler>(tenant.Id, member);

        erased.Deleted.ShouldBe(1);
        (await _scenario.QueryAsync(tenant.Id, db => db.Set<AnnouncementReceipt>().CountAsync(r => r.UserId == member))).ShouldBe(0);
        (await _scenario.EraseAsync<AnnouncementsPersonalDataHandler>(tenant.Id, member)).ShouldBe(PersonalDataErasureResult.Nothing);
        (await _scenario.ExportAsync<AnnouncementsPersonalDataHandler>(tenant.Id, member)).ShouldBeNull();
    }
}
