using FitSaaS.EntityFrameworkCore;
using FitSaaS.Framework.EntityFrameworkCore.RowLevelSecurity;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Programs;
using FitSaaS.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.ArchitectureTests;

/// <summary>
/// The row-level-security policies are derived from the model, so a new module's tenant-owned tables are covered
/// without extra code; these tests fail when that derivation misses a table, and when code crosses tenants with the
/// bare data filter instead of the audited scope. (The PostgreSQL lane also checks the installed policies in
/// FitSaaS.Application.Tests' RowLevelSecurityTests.)
/// </summary>
public sealed class RowLevelSecurityArchitectureTests(FitSaaSApplicationFixture fixture) : IClassFixture<FitSaaSApplicationFixture>
{
    [Fact]
    public void EveryTenantOwnedEntity_HasItsTableForcedUnderTheIsolationPolicy()
    {
        using var scope = fixture.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<FitSaaSDbContext>().Model;
        var tables = PostgreSqlRowLevelSecurityInstaller.GetTenantTables(model);
        var sql = PostgreSqlRowLevelSecurityInstaller.BuildSql(tables);

        var tenantOwned = model.GetEntityTypes()
            .Where(t => typeof(IMultiTenant).IsAssignableFrom(t.ClrType))
            .Select(t => t.GetTableName()!)
            .Distinct()
            .ToList();
        tenantOwned.Count.ShouldBeGreaterThan(15);
        tables.Select(t => t.Name).Order(StringComparer.Ordinal).ShouldBe(tenantOwned.Order(StringComparer.Ordinal));
        foreach (var table in tenantOwned)
        {
            sql.ShouldContain($"ALTER TABLE \"{table}\" ENABLE ROW LEVEL SECURITY;");
            sql.ShouldContain($"ALTER TABLE \"{table}\" FORCE ROW LEVEL SECURITY;");
            sql.ShouldContain($"CREATE POLICY {RowLevelSecurityNames.IsolationPolicy} ON \"{table}\" AS PERMISSIVE FOR ALL USING (");
        }

        // The settings are read once per statement (scalar sub-selects, PostgreSQL InitPlans), not per row (ADR 0045).
        sql.ShouldContain("USING ((SELECT current_setting('fitsaas.bypass_rls', true) = 'on') OR \"TenantId\" IS NOT DISTINCT FROM (SELECT NULLIF(current_setting('fitsaas.tenant_id', true), '')::uuid))");

        // Only the global exercise and workout libraries share host rows, and only for reading.
        tables.Where(t => t.SharedHostRows).Select(t => t.Name).ShouldBe(
            [model.FindEntityType(typeof(Exercise))!.GetTableName()!, model.FindEntityType(typeof(Workout))!.GetTableName()!], ignoreOrder: true);
        sql.ShouldContain($"CREATE POLICY {RowLevelSecurityNames.SharedHostRowsPolicy} ON \"Exercises\" AS PERMISSIVE FOR SELECT USING (\"TenantId\" IS NULL);");
        sql.ShouldContain($"CREATE POLICY {RowLevelSecurityNames.SharedHostRowsPolicy} ON \"Workouts\" AS PERMISSIVE FOR SELECT USING (\"TenantId\" IS NULL);");
    }

    [Fact]
    public void SourceCode_CrossesTenantsOnlyThroughTheAuditedScope()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "FitSaaS.sln")))
        {
            root = root.Parent;
        }

        root.ShouldNotBeNull("FitSaaS.sln not found above the test's output folder.");
        var offenders = Directory.EnumerateFiles(Path.Combine(root.FullName, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => Path.GetFileName(f) != "CrossTenantAccessor.cs")
            .Where(f => File.ReadAllText(f).Contains("Disable<IMultiTenant>", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(root.FullName, f))
            .ToList();

        // IDataFilter.Disable<IMultiTenant>() lifts the EF filter only; row-level security would still hide the other
        // tenants' rows on PostgreSQL (and SQLite would not): use ICrossTenantAccessor.Begin(reason) instead.
        offenders.ShouldBeEmpty();
    }
}
