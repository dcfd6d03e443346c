using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.EntityFrameworkCore;
using FitSaaS.FeatureManagement;
using FitSaaS.TenantManagement;
using FitSaaS.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FitSaaS.Application.Tests.FeatureManagement;

public sealed class EditionSeedTests(FitSaaSApplicationFixture fixture) : IClassFixture<FitSaaSApplicationFixture>
{
    [Fact]
    public async Task MigrateAsync_WithDemo_PutsDemoGymOnPro_AndRunningAgainChangesNothing()
    {
        var migrator = fixture.Services.GetRequiredService<DbMigrationService>();

        await migrator.MigrateAsync(includeDemoData: true);
        var first = await ReadAsync();
        await migrator.MigrateAsync(includeDemoData: true);
        var second = await ReadAsync();

        first.Editions.ShouldBe($"{EditionNames.Free},{EditionNames.Pro},{EditionNames.Studio}");
        first.DemoEdition.ShouldBe(EditionNames.Pro);
        var defaults = fixture.Services.GetRequiredService<IOptions<EditionDefaultsOptions>>().Value;
        first.ValueCount.ShouldBe(EditionDataSeedContributor.SeedEditions.Sum(e => defaults.For(e.Name).Count));
        defaults.For(EditionNames.Free)[global::FitSaaS.Bookings.BookingsFeatures.MaxLocations].ShouldBe("1"); // contributed by the Bookings module
        second.ShouldBe(first);
    }

    private async Task<(string Editions, string? DemoEdition, int ValueCount)> ReadAsync()
    {
        await using var scope = fixture.CreateScope();
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextAsync();
        var editions = await db.Set<Edition>().OrderBy(e => e.Name).Select(e => e.Name).ToListAsync();
        var demo = await db.Set<Tenant>().SingleAsync(t => t.Name == DbMigrationService.DemoTenantName);
        var demoEdition = await db.Set<Edition>().Where(e => e.Id == demo.EditionId).Select(e => e.Name).SingleOrDefaultAsync();
        return (string.Join(",", editions), demoEdition, await db.Set<EditionFeatureValue>().CountAsync());
    }
}
