using FitSaaS.Framework.EntityFrameworkCore;
using System.Globalization;
using FitSaaS.Bookings;
using FitSaaS.EntityFrameworkCore;
using FitSaaS.Framework.Auditing;
using FitSaaS.Framework.Data;
using FitSaaS.Framework.EntityFrameworkCore.RowLevelSecurity;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Users;
using FitSaaS.Programs;
using FitSaaS.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace FitSaaS.Application.Tests.Platform;

/// <summary>
/// PostgreSQL's row-level security is the second line of defence behind the EF tenant filter: these tests switch the
/// filter off (IgnoreQueryFilters, IDataFilter) or bypass EF with raw SQL and check that a tenant still sees and
/// changes only its own rows; the cross-tenant scope is the one way through, and it leaves a trace.
/// </summary>
public sealed class RowLevelSecurityTests(FitSaaSApplicationFixture fixture) : IClassFixture<FitSaaSApplicationFixture>
{
    private const string SkipReason = "Row-level security exists on PostgreSQL only (FitSaaS_Test__Database=PostgreSql); SQLite has no policies.";

    [Fact]
    public async Task EveryTenantOwnedTable_HasForcedRowLevelSecurityAndThePolicy_AndTheRoleIsSubjectToIt()
    {
        SkipUnlessPostgreSql();
        await using var scope = fixture.CreateScope();
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextAsync();
        var tables = PostgreSqlRowLevelSecurityInstaller.GetTenantTables(db.Model);
        tables.Count.ShouldBeGreaterThan(15);
        tables.ShouldContain(t => t.Name == db.Model.FindEntityType(typeof(Exercise))!.GetTableName() && t.SharedHostRows);
        tables.Where(t => t.SharedHostRows).Select(t => t.Name).ShouldBe(
            [db.Model.FindEntityType(typeof(Exercise))!.GetTableName(), db.Model.FindEntityType(typeof(Workout))!.GetTableName()], ignoreOrder: true);

        var state = await db.Database.SqlQueryRaw<TableState>("""
            SELECT c.relname AS "Name", c.relrowsecurity AS "Enabled", c.relforcerowsecurity AS "Forced",
                   EXISTS (SELECT 1 FROM pg_policies p WHERE p.tablename = c.relname AND p.policyname = 'fitsaas_tenant_isolation' AND p.cmd = 'ALL') AS "HasIsolation",
                   EXISTS (SELECT 1 FROM pg_policies p WHERE p.tablename = c.relname AND p.policyname = 'fitsaas_shared_host_rows' AND p.cmd = 'SELECT') AS "HasSharedRead"
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind = 'r' AND n.nspname = 'public'
              AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'TenantId' AND NOT a.attisdropped)
            """).ToListAsync(TestContext.Current.CancellationToken);

        // Every table with a TenantId column (not only those the model knows) is protected, except host tables that merely
        // refer to a tenant (IHostEntity, e.g. operators' feature overrides); only the shared one is readable by all.
        var hostTables = db.Model.GetEntityTypes()
            .Where(t => typeof(FitSaaS.Framework.Domain.IHostEntity).IsAssignableFrom(t.ClrType))
            .Select(t => t.GetTableName())
            .ToHashSet(StringComparer.Ordinal);
        hostTables.ShouldNotBeEmpty();
        state = state.Where(s => !hostTables.Contains(s.Name)).ToList();
        state.Select(s => s.Name).Order(StringComparer.Ordinal).ShouldBe(tables.Select(t => t.Name).Order(StringComparer.Ordinal));
        foreach (var table in state)
        {
            table.Enabled.ShouldBeTrue(table.Name);
            table.Forced.ShouldBeTrue(table.Name);
            table.HasIsolation.ShouldBeTrue(table.Name);
            table.HasSharedRead.ShouldBe(tables.Single(t => t.Name == table.Name).SharedHostRows, table.Name);
        }

        var role = await scope.ServiceProvider.GetRequiredService<PostgreSqlRowLevelSecurityInstaller>().CheckRoleAsync(db, TestContext.Current.CancellationToken);
        role.ShouldNotBeNull();
        role.IsRowLevelSecurityEnforced.ShouldBeTrue($"The tests connect as '{role.RoleName}', a superuser or BYPASSRLS role: use the role etc/scripts/postgres.sh creates.");
    }

    [Fact]
    public async Task ApplyAsync_RunTwice_IsIdempotent()
    {
        SkipUnlessPostgreSql();
        await using var scope = fixture.CreateScope();
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextAsync();
        var installer = scope.ServiceProvider.GetRequiredService<PostgreSqlRowLevelSecurityInstaller>();
        var count = await installer.ApplyAsync(db, TestContext.Current.CancellationToken);
        (await installer.ApplyAsync(db, TestContext.Current.CancellationToken)).ShouldBe(count);
        var policies = await db.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM pg_policies WHERE policyname LIKE 'fitsaas_%'")
            .SingleAsync(TestContext.Current.CancellationToken);
        // One isolation policy per tenant table (the count) plus one read policy per table sharing host rows (exercises, workouts).
        policies.ShouldBe(count + PostgreSqlRowLevelSecurityInstaller.GetTenantTables(db.Model).Count(t => t.SharedHostRows));
    }

    [Fact]
    public async Task ApplyAsync_PoliciesInPlace_TakesNoLock_AndReinstallsOnlyWhatIsMissing()
    {
        SkipUnlessPostgreSql();
        var ct = TestContext.Current.CancellationToken;
        await using var scope = fixture.CreateScope();
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextAsync();
        var installer = scope.ServiceProvider.GetRequiredService<PostgreSqlRowLevelSecurityInstaller>();
        var locations = db.Model.FindEntityType(typeof(Location))!.GetTableName()!;
        var count = await installer.ApplyAsync(db, ct);

        // A live instance's open transaction on a tenant table: re-installing its policies (ALTER TABLE, CREATE POLICY)
        // would wait for it, and every later query on the table behind that. With the policies in place nothing waits.
        await using (var live = new NpgsqlConnection(db.Database.GetConnectionString()))
        {
            await live.OpenAsync(ct);
            await using var transaction = await live.BeginTransactionAsync(ct);
            await using (var read = new NpgsqlCommand($"LOCK TABLE \"{locations}\" IN ACCESS SHARE MODE", live, transaction))
            {
                await read.ExecuteNonQueryAsync(ct);
            }

            (await installer.ApplyAsync(db, ct).WaitAsync(TimeSpan.FromSeconds(20), ct)).ShouldBe(count);
            await transaction.RollbackAsync(ct);
        }

        var drop = $"DROP POLICY {RowLevelSecurityNames.IsolationPolicy} ON \"{locations}\"";
        await db.Database.ExecuteSqlRawAsync(drop, ct);
        (await installer.ApplyAsync(db, ct)).ShouldBe(count);

        var fingerprintOfLocations = $"""
            SELECT obj_description(p.oid, 'pg_policy') AS "Value" FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid
            WHERE c.relname = '{locations}' AND p.polname = '{RowLevelSecurityNames.IsolationPolicy}'
            """;
        var fingerprints = await db.Database.SqlQueryRaw<string>(fingerprintOfLocations).ToListAsync(ct);
        fingerprints.ShouldBe([PostgreSqlRowLevelSecurityInstaller.Fingerprint(PostgreSqlRowLevelSecurityInstaller.GetTenantTables(db.Model).Single(t => t.Name == locations))]);
    }

    [Fact]
    public async Task TenantA_WithTheEfFilterOff_SeesNoRowsOfTenantB()
    {
        SkipUnlessPostgreSql();
        var (a, b) = await CreateTwoTenantsWithLocationsAsync();

        await using var scope = fixture.CreateScope();
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextAsync();
        using (Tenant(a.TenantId))
        {
            (await db.Set<Location>().IgnoreQueryFilters().Select(l => l.TenantId).Distinct().ToListAsync(TestContext.Current.CancellationToken))
                .ShouldBe([a.TenantId]);
            (await db.Set<Location>().IgnoreQueryFilters().AnyAsync(l => l.Id == b.LocationId, TestContext.Current.CancellationToken)).ShouldBeFalse();
            using (fixture.Services.GetRequiredService<IDataFilter>().Disable<IMultiTenant>())
            {
                (await db.Set<Location>().Select(l => l.TenantId).Distinct().ToListAsync(TestContext.Current.CancellationToken)).ShouldBe([a.TenantId]);
            }
        }
    }

    [Fact]
    public async Task TenantA_WithRawSql_SeesNoRowsOfTenantB()
    {
        SkipUnlessPostgreSql();
        var (a, b) = await CreateTwoTenantsWithLocationsAsync();

        await using var scope = fixture.CreateScope();
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextAsync();
        using (Tenant(a.TenantId))
        {
            (await db.Set<Location>().FromSql($"SELECT * FROM \"Locations\"").IgnoreQueryFilters().Select(l => l.TenantId).Distinct().ToListAsync(TestContext.Current.CancellationToken))
                .ShouldBe([a.TenantId]);
            (await db.Database.SqlQuery<Guid?>($"SELECT DISTINCT \"TenantId\" AS \"Value\" FROM \"Locations\"").ToListAsync(TestContext.Current.CancellationToken))
                .ShouldBe([a.TenantId]);
            (await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM \"Locations\" WHERE \"Id\" = {b.LocationId}").SingleAsync(TestContext.Current.CancellationToken))
                .ShouldBe(0);
        }
    }

    [Fact]
    public async Task TenantA_CannotInsertUpdateOrDeleteRowsOfTenantB()
    {
        SkipUnlessPostgreSql();
        var (a, b) = await CreateTwoTenantsWithLocationsAsync();

        using (Tenant(a.TenantId))
        {
            await using var scope = fixture.CreateScope();
            var db = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextAsync();

            // Raw UPDATE/DELETE of B's row: the policy hides it, nothing changes.
            (await db.Database.ExecuteSqlAsync($"UPDATE \"Locations\" SET \"Name\" = 'Hijacked' WHERE \"Id\" = {b.LocationId}", TestContext.Current.CancellationToken)).ShouldBe(0);
            (await db.Database.ExecuteSqlAsync($"DELETE FROM \"Locations\" WHERE \"Id\" = {b.LocationId}", TestContext.Current.CancellationToken)).ShouldBe(0);
            (await db.Database.ExecuteSqlAsync($"UPDATE \"Locations\" SET \"TenantId\" = {b.TenantId} WHERE \"Id\" = {a.LocationId}", TestContext.Current.CancellationToken)
                .ShouldThrowAsync<PostgresException>()).SqlState.ShouldBe("42501");

            // Raw INSERT of a row for B (a copy of A's own row): refused by the policy's WITH CHECK.
            var insert = CopyRowSql(db, typeof(Location), a.LocationId, Guid.NewGuid(), b.TenantId);
            var error = await db.Database.ExecuteSqlRawAsync(insert, TestContext.Current.CancellationToken).ShouldThrowAsync<PostgresException>();
            error.SqlState.ShouldBe("42501");
            error.MessageText.ShouldContain("row-level security");
        }

        // Through EF with the filter (and so the kit's write guard) off: the database refuses, as a 403-mapped business error.
        using (Tenant(a.TenantId))
        using (fixture.Services.GetRequiredService<IDataFilter>().Disable<IMultiTenant>())
        {
            await using var scope = fixture.CreateScope();
            var db = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextAsync();
            db.Add(new Location(Guid.NewGuid(), b.TenantId, "Planted", "UTC"));
            var error = await db.SaveChangesAsync(TestContext.Current.CancellationToken).ShouldThrowAsync<BusinessException>();
            error.Code.ShouldBe(RowLevelSecurityNames.ViolationErrorCode);
        }

        // B's data is untouched and nothing was planted.
        await using (var check = fixture.CreateScope())
        using (Tenant(b.TenantId))
        {
            var db = await check.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextAsync();
            var rows = await db.Set<Location>().ToListAsync(TestContext.Current.CancellationToken);
            rows.Select(l => (l.Id, l.Name)).ShouldBe([(b.LocationId, "B's gym")]);
        }
    }

    [Fact]
    public async Task Host_WithoutTheScope_SeesOnlyHostRows_AndTheCrossTenantScopeSeesAllAndIsAudited()
    {
        SkipUnlessPostgreSql();
        var (a, b) = await CreateTwoTenantsWithLocationsAsync();
        var accessor = fixture.Services.GetRequiredService<ICrossTenantAccessor>();

        await using var scope = fixture.CreateScope();
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextAsync();
        using (Tenant(null))
        {
            (await db.Set<Location>().IgnoreQueryFilters().CountAsync(TestContext.Current.CancellationToken)).ShouldBe(0);
            (await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM \"Locations\"").SingleAsync(TestContext.Current.CancellationToken)).ShouldBe(0);

            using var audit = fixture.Services.GetRequiredService<IAuditingManager>().BeginScope();
            List<Guid?> seen;
            using (accessor.Begin("Test: host report over every gym"))
            {
                accessor.IsActive.ShouldBeTrue();
                accessor.CurrentReason.ShouldBe("Test: host report over every gym");
                seen = await db.Database.SqlQuery<Guid?>($"SELECT DISTINCT \"TenantId\" AS \"Value\" FROM \"Locations\"").ToListAsync(TestContext.Current.CancellationToken);
                (await db.Set<Location>().Where(l => l.Id == a.LocationId || l.Id == b.LocationId).CountAsync(TestContext.Current.CancellationToken)).ShouldBe(2);
            }

            seen.ShouldContain(a.TenantId);
            seen.ShouldContain(b.TenantId);
            accessor.IsActive.ShouldBeFalse();

            // Once the scope is closed, the same context is back to host rows only.
            (await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM \"Locations\"").SingleAsync(TestContext.Current.CancellationToken)).ShouldBe(0);
            (await db.Set<Location>().CountAsync(l => l.Id == a.LocationId, TestContext.Current.CancellationToken)).ShouldBe(0);

            var action = audit.Log.Actions.ShouldHaveSingleItem();
            action.ServiceName.ShouldBe(CrossTenantAccessor.AuditServiceName);
            action.Parameters.ShouldContain("Test: host report over every gym");
        }
    }

    [Fact]
    public void CrossTenantScope_LogsReasonUserAndTenant_AndLiftsTheEfFilterOnlyWhileOpen()
    {
        var logs = new ListLoggerProvider();
        var dataFilter = new DataFilter();
        var accessor = new CrossTenantAccessor(
            dataFilter,
            fixture.Services.GetRequiredService<ICurrentTenant>(),
            fixture.Services.GetRequiredService<ICurrentUser>(),
            fixture.Services,
            TimeProvider.System,
            logs.CreateLogger<CrossTenantAccessor>());
        var tenantId = Guid.NewGuid();
        using (fixture.RunAs(tenantId, Guid.NewGuid(), "operator-7"))
        {
            Should.Throw<ArgumentException>(() => accessor.Begin("  "));
            using (accessor.Begin("Test: support case 42"))
            {
                dataFilter.IsEnabled<IMultiTenant>().ShouldBeFalse();
                using (accessor.Begin("Test: nested"))
                {
                    accessor.CurrentReason.ShouldBe("Test: nested");
                }

                accessor.CurrentReason.ShouldBe("Test: support case 42");
            }

            dataFilter.IsEnabled<IMultiTenant>().ShouldBeTrue();
            accessor.IsActive.ShouldBeFalse();
        }

        logs.Messages.ShouldContain(m => m.Contains("Test: support case 42", StringComparison.Ordinal) &&
            m.Contains("operator-7", StringComparison.Ordinal) && m.Contains(tenantId.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task SharedHostRows_TenantReadsTheGlobalLibrary_ButNeverWritesIt()
    {
        SkipUnlessPostgreSql();
        var tenant = await fixture.CreateTenantAsync();
        await using var scope = fixture.CreateScope();
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextAsync();
        Guid globalId;
        using (Tenant(null))
        {
            globalId = await db.Set<Exercise>().Where(e => e.TenantId == null).Select(e => e.Id).FirstAsync(TestContext.Current.CancellationToken);
        }

        using (Tenant(tenant.Id))
        {
            (await db.Set<Exercise>().IgnoreQueryFilters().CountAsync(e => e.TenantId == null, TestContext.Current.CancellationToken)).ShouldBeGreaterThan(800);
            (await db.Database.ExecuteSqlAsync($"UPDATE \"Exercises\" SET \"Name\" = 'Hijacked' WHERE \"TenantId\" IS NULL", TestContext.Current.CancellationToken)).ShouldBe(0);
            (await db.Database.ExecuteSqlAsync($"DELETE FROM \"Exercises\" WHERE \"Id\" = {globalId}", TestContext.Current.CancellationToken)).ShouldBe(0);
            var error = await db.Database.ExecuteSqlRawAsync(CopyRowSql(db, typeof(Exercise), globalId, Guid.NewGuid(), null), TestContext.Current.CancellationToken)
                .ShouldThrowAsync<PostgresException>();
            error.SqlState.ShouldBe("42501");
        }

        using (Tenant(null))
        {
            (await db.Set<Exercise>().AsNoTracking().SingleAsync(e => e.Id == globalId, TestContext.Current.CancellationToken)).Name.ShouldNotBe("Hijacked");
        }
    }

    [Fact]
    public async Task OneConnection_SwitchingTenantsAndRollingBack_AlwaysSeesTheCurrentTenantsRows()
    {
        SkipUnlessPostgreSql();
        var (a, b) = await CreateTwoTenantsWithLocationsAsync();
        await using var scope = fixture.CreateScope();
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextAsync();
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        try
        {
            async Task<List<Guid?>> SeenAsync() =>
                await db.Set<Location>().IgnoreQueryFilters().Select(l => l.TenantId).Distinct().ToListAsync(TestContext.Current.CancellationToken);

            using (Tenant(b.TenantId))
            {
                (await SeenAsync()).ShouldBe([b.TenantId]);
            }

            // A value set inside a transaction that is rolled back is reverted by PostgreSQL (here: back to B).
            await using (var transaction = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken))
            using (Tenant(a.TenantId))
            {
                (await SeenAsync()).ShouldBe([a.TenantId]);
                await transaction.RollbackAsync(TestContext.Current.CancellationToken);
            }

            using (Tenant(a.TenantId))
            {
                (await SeenAsync()).ShouldBe([a.TenantId]);
            }

            // Same when the transaction is only disposed (implicit rollback).
            using (Tenant(b.TenantId))
            {
                (await SeenAsync()).ShouldBe([b.TenantId]);
            }

            await using (await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken))
            using (Tenant(a.TenantId))
            {
                (await SeenAsync()).ShouldBe([a.TenantId]);
            }

            using (Tenant(a.TenantId))
            {
                (await SeenAsync()).ShouldBe([a.TenantId]);
            }

            using (Tenant(null))
            {
                (await SeenAsync()).ShouldBeEmpty();
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static void SkipUnlessPostgreSql()
    {
        if (!TestDatabase.IsPostgreSql)
        {
            Assert.Skip(SkipReason);
        }
    }

    private IDisposable Tenant(Guid? tenantId) => fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenantId);

    /// <summary>INSERT … SELECT copying a row under a new id and tenant (every column, from the relational model).</summary>
    private static string CopyRowSql(DbContext db, Type entity, Guid sourceId, Guid newId, Guid? tenantId)
    {
        var entityType = db.Model.FindEntityType(entity)!;
        var table = db.Model.GetRelationalModel().FindTable(entityType.GetTableName()!, entityType.GetSchema())!;
        var columns = table.Columns.Select(c => c.Name).ToList();
        var values = columns.Select(c => c switch
        {
            "Id" => $"'{newId}'::uuid",
            "TenantId" => tenantId is { } id ? $"'{id}'::uuid" : "NULL",
            _ => $"\"{c}\"",
        });
        return string.Create(CultureInfo.InvariantCulture,
            $"INSERT INTO \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) SELECT {string.Join(", ", values)} FROM \"{table.Name}\" WHERE \"Id\" = '{sourceId}'::uuid");
    }

    private async Task<(TenantLocation A, TenantLocation B)> CreateTwoTenantsWithLocationsAsync()
    {
        var a = await fixture.CreateTenantAsync();
        var b = await fixture.CreateTenantAsync();
        return (await AddLocationAsync(a.Id, "A's gym"), await AddLocationAsync(b.Id, "B's gym"));
    }

    private async Task<TenantLocation> AddLocationAsync(Guid tenantId, string name)
    {
        using var _ = Tenant(tenantId);
        await using var scope = fixture.CreateScope();
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextAsync();
        var location = new Location(Guid.NewGuid(), tenantId, name, "UTC");
        db.Add(location);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return new TenantLocation(tenantId, location.Id);
    }

    private sealed record TenantLocation(Guid TenantId, Guid LocationId);

    private sealed record TableState(string Name, bool Enabled, bool Forced, bool HasIsolation, bool HasSharedRead);

    private sealed class ListLoggerProvider : ILoggerProvider
    {
        public List<string> Messages { get; } = [];

        public ILogger CreateLogger(string categoryName) => new ListLogger(Messages);

        public ILogger<T> CreateLogger<T>() => new Logger<T>(new SingleProviderFactory(this));

        public void Dispose()
        {
        }

        private sealed class SingleProviderFactory(ILoggerProvider provider) : ILoggerFactory
        {
            public void AddProvider(ILoggerProvider provider)
            {
            }

            public ILogger CreateLogger(string categoryName) => provider.CreateLogger(categoryName);

            public void Dispose()
            {
            }
        }

        private sealed class ListLogger(List<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (messages)
                {
                    messages.Add(formatter(state, exception));
                }
            }
        }
    }
}
