using System.Data;
using FitSaaS.Bookings;
using FitSaaS.EntityFrameworkCore;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using FitSaaS.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Platform;

/// <summary>
/// A non-transactional unit of work (every GET) runs its queries on one connection, held from the first use of a
/// context until the unit of work ends, instead of taking a pooled connection (and setting the row-level-security
/// tenant on it) per query; the connection goes back to the pool when the unit of work completes or is abandoned,
/// and the tenant is still right for every query when it changes in between.
/// </summary>
public sealed class UnitOfWorkConnectionTests(FitSaaSApplicationFixture fixture) : IClassFixture<FitSaaSApplicationFixture>
{
    [Fact]
    public async Task NonTransactionalUnitOfWork_KeepsOneConnectionOpenForAllQueries_AndReleasesItOnComplete()
    {
        await using var scope = fixture.CreateScope();
        var provider = scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>();
        var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync(new UnitOfWorkOptions { IsTransactional = false });
        await using (unitOfWork)
        {
            var db = await provider.GetDbContextForTenantAsync(null);
            var connection = db.Database.GetDbConnection();
            connection.State.ShouldBe(ConnectionState.Open);
            db.Database.CurrentTransaction.ShouldBeNull();

            await db.Set<Location>().CountAsync(TestContext.Current.CancellationToken);
            connection.State.ShouldBe(ConnectionState.Open);
            await db.Set<ClassType>().CountAsync(TestContext.Current.CancellationToken);
            connection.State.ShouldBe(ConnectionState.Open);

            await unitOfWork.CompleteAsync(TestContext.Current.CancellationToken);
            connection.State.ShouldBe(ConnectionState.Closed);

            // After the unit of work EF opens and closes per query again.
            await db.Set<Location>().CountAsync(TestContext.Current.CancellationToken);
            connection.State.ShouldBe(ConnectionState.Closed);
        }
    }

    [Fact]
    public async Task ContextCreatedBeforeTheUnitOfWork_IsHeldOpenToo_AndReleasedWhenTheUnitOfWorkIsAbandoned()
    {
        await using var scope = fixture.CreateScope();
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextForTenantAsync(null);
        var connection = db.Database.GetDbConnection();
        connection.State.ShouldBe(ConnectionState.Closed);

        await using (await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync(new UnitOfWorkOptions { IsTransactional = false }))
        {
            connection.State.ShouldBe(ConnectionState.Open);
            await db.Set<Location>().CountAsync(TestContext.Current.CancellationToken);
            connection.State.ShouldBe(ConnectionState.Open);

            // disposed without CompleteAsync (an exception in the call): rolled back, connection released
        }

        connection.State.ShouldBe(ConnectionState.Closed);
    }

    [Fact]
    public async Task TransactionalUnitOfWork_StillRunsInOneTransaction()
    {
        await using var scope = fixture.CreateScope();
        var provider = scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>();
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
        var db = await provider.GetDbContextForTenantAsync(null);
        db.Database.CurrentTransaction.ShouldNotBeNull();
        await unitOfWork.CompleteAsync(TestContext.Current.CancellationToken);
        db.Database.CurrentTransaction.ShouldBeNull();
        db.Database.GetDbConnection().State.ShouldBe(ConnectionState.Closed);
    }

    [Fact]
    public async Task OnTheHeldConnection_EachQuerySeesTheCurrentTenantsRows_WhenTheTenantChanges()
    {
        var a = await fixture.CreateTenantAsync();
        var b = await fixture.CreateTenantAsync();
        await AddLocationAsync(a.Id, "A's gym");
        await AddLocationAsync(b.Id, "B's gym");
        var currentTenant = fixture.Services.GetRequiredService<ICurrentTenant>();

        await using var scope = fixture.CreateScope();
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextForTenantAsync(null);
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync(new UnitOfWorkOptions { IsTransactional = false });
        foreach (var (tenant, name) in new[] { (a.Id, "A's gym"), (b.Id, "B's gym"), (a.Id, "A's gym") })
        {
            using (currentTenant.Change(tenant))
            {
                // IgnoreQueryFilters: on PostgreSQL only row-level security (the set_config on this connection) filters.
                var rows = await db.Set<Location>().IgnoreQueryFilters().Where(l => l.TenantId == a.Id || l.TenantId == b.Id)
                    .Select(l => l.Name).ToListAsync(TestContext.Current.CancellationToken);
                if (TestDatabase.IsPostgreSql)
                {
                    rows.ShouldBe([name]);
                }
                else
                {
                    rows.Order(StringComparer.Ordinal).ShouldBe(["A's gym", "B's gym"]);
                }
            }
        }

        db.Database.GetDbConnection().State.ShouldBe(ConnectionState.Open);
        await unitOfWork.CompleteAsync(TestContext.Current.CancellationToken);
    }

    private async Task AddLocationAsync(Guid tenantId, string name)
    {
        using var _ = fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenantId);
        await using var scope = fixture.CreateScope();
        // Asked for asynchronously: the tenant's connection string is looked up, not taken from the resolver's one-second memo
        // (resolving FitSaaSDbContext through DI here failed when creating the second tenant took longer than that).
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextForTenantAsync(tenantId);
        db.Add(new Location(Guid.NewGuid(), tenantId, name, "UTC"));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
