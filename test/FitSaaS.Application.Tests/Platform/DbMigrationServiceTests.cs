using FitSaaS.Bookings;
using FitSaaS.EntityFrameworkCore;
using FitSaaS.Framework.EntityFrameworkCore.EventBus;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Identity;
using FitSaaS.PermissionManagement;
using FitSaaS.Programs;
using FitSaaS.TenantManagement;
using FitSaaS.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Platform;

public sealed class DbMigrationServiceTests(FitSaaSApplicationFixture fixture) : IClassFixture<FitSaaSApplicationFixture>
{
    [Fact]
    public async Task MigrateAsync_WithDemo_SeedsDemoGym_AndASecondRunChangesNothing()
    {
        var migrator = fixture.Services.GetRequiredService<DbMigrationService>();

        await migrator.MigrateAsync(includeDemoData: true);
        var first = await CountAsync();
        await migrator.MigrateAsync(includeDemoData: true);
        var second = await CountAsync();

        second.ShouldBe(first);
        first["tenants"].ShouldBe(1);
        first["users"].ShouldBe(1 + 1 + 2 + 20);
        first["roles"].ShouldBe(1 + 3);
        first["clients"].ShouldBe(2, "FitSaaS_App and FitSaaS_Swagger");
        first["exercises"].ShouldBe(873);
        first["locations"].ShouldBe(2);
        first["classTypes"].ShouldBe(3);
        first["schedules"].ShouldBe(7);
        first["sessions"].ShouldBeGreaterThan(100);
        first["bookings"].ShouldBeGreaterThan(800);
        await using var scope = fixture.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FitSaaSDbContext>();
        using (fixture.Services.GetRequiredService<ICrossTenantAccessor>().Begin("Test: check the demo data"))
        {
            (await db.Set<Location>().Select(l => l.TimeZoneId).OrderBy(z => z).ToListAsync()).ShouldBe(["America/New_York", "Europe/London"]);
            var demo = await db.Set<Tenant>().SingleAsync();
            demo.Name.ShouldBe(DbMigrationService.DemoTenantName);
            var sessions = await db.Set<ClassSession>().ToListAsync();
            // The history (28 days back in each location's zone) and the rolling horizon (42 days ahead).
            var now = DateTime.UtcNow;
            sessions.Min(s => s.StartsAtUtc).ShouldBeGreaterThan(now.AddDays(-BookingsDemoDataSeedContributor.ScheduleStartDaysAgo - 1));
            sessions.Max(s => s.StartsAtUtc).ShouldBeLessThan(now.AddDays(ClassScheduleConsts.DefaultHorizonDays + 2));
            var bookings = await db.Set<Booking>().Select(b => new { b.ClassSessionId, b.Status }).ToListAsync();
            var statuses = bookings.GroupBy(b => b.Status).ToDictionary(g => g.Key, g => g.Count());
            statuses.Keys.ShouldBe(
                [BookingStatus.Confirmed, BookingStatus.Waitlisted, BookingStatus.Cancelled, BookingStatus.CheckedIn, BookingStatus.NoShow, BookingStatus.LateCancelled],
                ignoreOrder: true);
            foreach (var session in sessions)
            {
                session.ConfirmedCount.ShouldBe(bookings.Count(b => b.ClassSessionId == session.Id && BookingLifecycle.HoldsSeat(b.Status)));
                session.WaitlistCount.ShouldBe(bookings.Count(b => b.ClassSessionId == session.Id && b.Status == BookingStatus.Waitlisted));
                session.ConfirmedCount.ShouldBeLessThanOrEqualTo(session.Capacity);
            }

            // Demo history is not news: the seed put no booking events in the outbox.
            (await db.Set<OutboxMessage>().CountAsync(m => m.EventName.Contains("Booking"))).ShouldBe(0);
        }
    }

    private async Task<Dictionary<string, int>> CountAsync()
    {
        await using var scope = fixture.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FitSaaSDbContext>();
        using var _ = fixture.Services.GetRequiredService<ICrossTenantAccessor>().Begin("Test: count every tenant's rows");
        return new Dictionary<string, int>
        {
            ["tenants"] = await db.Set<Tenant>().CountAsync(),
            ["users"] = await db.Set<AppUser>().CountAsync(),
            ["roles"] = await db.Set<AppRole>().CountAsync(),
            ["grants"] = await db.Set<PermissionGrant>().CountAsync(),
            ["clients"] = await db.Set<OAuthApplication>().CountAsync(),
            ["exercises"] = await db.Set<Exercise>().CountAsync(),
            ["locations"] = await db.Set<Location>().CountAsync(),
            ["classTypes"] = await db.Set<ClassType>().CountAsync(),
            ["schedules"] = await db.Set<ClassSchedule>().CountAsync(),
            ["sessions"] = await db.Set<ClassSession>().CountAsync(),
            ["bookings"] = await db.Set<Booking>().CountAsync(),
        };
    }
}
