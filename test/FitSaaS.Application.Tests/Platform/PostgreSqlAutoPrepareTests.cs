using FitSaaS.EntityFrameworkCore;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.Uow;
using FitSaaS.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace FitSaaS.Application.Tests.Platform;

/// <summary>
/// PostgreSQL statements are prepared automatically (ADR 0046): the kit's connection strings get Npgsql's
/// <c>Max Auto Prepare</c> unless they set it, and a statement a connection repeats is planned once.
/// </summary>
public sealed class PostgreSqlAutoPrepareTests(FitSaaSApplicationFixture fixture) : IClassFixture<FitSaaSApplicationFixture>
{
    [Fact]
    public void WithAutoPrepare_AConnectionStringWithoutTheKey_GetsTheDefault()
    {
        var prepared = new NpgsqlConnectionStringBuilder(FitSaaSEntityFrameworkCoreModule.WithAutoPrepare("Host=db.example;Database=gym;Username=app"));

        prepared.MaxAutoPrepare.ShouldBe(FitSaaSEntityFrameworkCoreModule.DefaultMaxAutoPrepare);
        prepared.Host.ShouldBe("db.example");
        prepared.Database.ShouldBe("gym");
    }

    [Theory]
    [InlineData("Host=db.example;Max Auto Prepare=0", 0)]
    [InlineData("Host=db.example;MaxAutoPrepare=10", 10)]
    [InlineData("Host=db.example;max auto prepare=200", 200)]
    public void WithAutoPrepare_AConnectionStringThatSetsTheKey_KeepsItsValue(string connectionString, int expected) =>
        new NpgsqlConnectionStringBuilder(FitSaaSEntityFrameworkCoreModule.WithAutoPrepare(connectionString)).MaxAutoPrepare.ShouldBe(expected);

    [Fact]
    public async Task AQueryRepeatedOnAConnection_IsPreparedOnTheServer()
    {
        Assert.SkipUnless(TestDatabase.IsPostgreSql, "Prepared statements are PostgreSQL's (Npgsql automatic preparation).");
        var ct = TestContext.Current.CancellationToken;
        await using var scope = fixture.CreateScope();
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextAsync(cancellationToken: ct);
        var marker = $"auto-prepare-{Guid.NewGuid():N}";

        // The transaction keeps one physical connection; Npgsql prepares a statement at its 5th execution.
        for (var i = 0; i < 6; i++)
        {
            await db.Database.SqlQuery<int>($"SELECT length({marker}) AS \"Value\"").SingleAsync(ct);
        }

        var prepared = await db.Database.SqlQueryRaw<string>("SELECT statement AS \"Value\" FROM pg_prepared_statements").ToListAsync(ct);
        prepared.ShouldContain(s => s.Contains("SELECT length($1)", StringComparison.Ordinal), $"prepared: {string.Join(" | ", prepared)}");
    }
}
