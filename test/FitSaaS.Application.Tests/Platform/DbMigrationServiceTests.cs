using FitSaaS.Bookings;
using FitSaaS.EntityFrameworkCore;
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
        await using var scope = fixture.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FitSaaSDbContext>();
        using (fixture.Services.GetRequiredService<ICrossTenantAccessor>().Begin("Test: check the demo data"))
        {
            (await db.Set<Location>().Select(l => l.TimeZoneId).OrderBy(z => z).ToListAsync()).ShouldBe(["America/New_York", "Europe/London"]);
            var demo = await db.Set<Tenant>().SingleAsync();
            demo.Name.ShouldBe(DbMigrationService.DemoTenantName);
            var sessions = await db.Set<ClassSession>().Select(s => s.StartsAtUtc).ToListAsync();
            // The rolling horizon: from now to 42 days ahead in each location's zone.
            (sessions.Max() - sessions.Min()).ShouldBeLessThan(TimeSpan.FromDays(ClassScheduleConsts.DefaultHorizonDays + 2));
            sessions.ShouldAllBe(s => s > DateTime.UtcNow.AddHours(-1));
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
        };
    }
}
