using FitSaaS.Framework.Data;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.Events;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace FitSaaS.EntityFrameworkCore;

/// <summary>Used by <c>dotnet ef</c> only (see docs/decisions/0005-migrations.md).</summary>
public sealed class SqliteFitSaaSDbContextFactory : IDesignTimeDbContextFactory<SqliteFitSaaSDbContext>
{
    /// <inheritdoc/>
    public SqliteFitSaaSDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteFitSaaSDbContext>().UseSqlite("Data Source=design.db").Options, DesignTime.Dependencies());
}

/// <summary>Used by <c>dotnet ef</c> only; no server is contacted to add a migration.</summary>
public sealed class PostgreSqlFitSaaSDbContextFactory : IDesignTimeDbContextFactory<PostgreSqlFitSaaSDbContext>
{
    /// <inheritdoc/>
    public PostgreSqlFitSaaSDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlFitSaaSDbContext>().UseNpgsql("Host=localhost;Database=fitsaas_design").Options, DesignTime.Dependencies());
}

internal static class DesignTime
{
    public static FitSaaSDbContextDependencies Dependencies() => new(
        new CurrentTenant(new CurrentTenantAccessor()),
        new DataFilter(),
        new CurrentUser(new AsyncLocalCurrentPrincipalAccessor()),
        TimeProvider.System,
        new NoLocalEvents());

    private sealed class NoLocalEvents : ILocalEventBus
    {
        public Task PublishAsync(object eventData, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}
