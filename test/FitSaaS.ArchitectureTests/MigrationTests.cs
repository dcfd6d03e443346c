using FitSaaS.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.ArchitectureTests;

public sealed class MigrationTests
{
    [Fact]
    public void SqliteMigrations_MatchTheModel()
    {
        using var context = new SqliteFitSaaSDbContextFactory().CreateDbContext([]);

        context.Database.HasPendingModelChanges().ShouldBeFalse("run etc/ef/add-migration.sh <Name> after changing the model");
    }

    [Fact]
    public void PostgreSqlMigrations_MatchTheModel()
    {
        using var context = new PostgreSqlFitSaaSDbContextFactory().CreateDbContext([]);

        context.Database.HasPendingModelChanges().ShouldBeFalse("run etc/ef/add-migration.sh <Name> after changing the model");
    }
}
