using FitSaaS.EntityFrameworkCore;
using FitSaaS.FeatureManagement;
using FitSaaS.TenantManagement;
using FitSaaS.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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
        first.ValueCount.ShouldBe(EditionDataSeedContributor.SeedEditions.Sum(e => e.Values.Count));
        second.ShouldBe(first);
    }

    private async Task<(string Editions, string? DemoEdition, int ValueCount)> ReadAsync()
    {
        await using var scope = fixture.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FitSaaSDbContext>();
        var editions = await db.Set<Edition>().OrderBy(e => e.Name).Select(e => e.Name).ToListAsync();
        var demo = await db.Set<Tenant>().SingleAsync(t => t.Name == DbMigrationService.DemoTenantName);
        var demoEdition = await db.Set<Edition>().Where(e => e.Id == demo.EditionId).Select(e => e.Name).SingleOrDefaultAsync();
        return (string.Join(",", editions), demoEdition, await db.Set<EditionFeatureValue>().CountAsync());
    }
}
