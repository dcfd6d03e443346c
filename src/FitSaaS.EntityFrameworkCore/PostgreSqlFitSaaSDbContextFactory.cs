using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace FitSaaS.EntityFrameworkCore;

/// <summary>Used by <c>dotnet ef</c> only; no server is contacted to add a migration.</summary>
public sealed class PostgreSqlFitSaaSDbContextFactory : IDesignTimeDbContextFactory<PostgreSqlFitSaaSDbContext>
{
    /// <inheritdoc/>
    public PostgreSqlFitSaaSDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlFitSaaSDbContext>().UseNpgsql("Host=localhost;Database=fitsaas_design").Options, DesignTime.Dependencies());
}
