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
