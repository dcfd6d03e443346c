using FitSaaS.AuditLogging;
using FitSaaS.EntityFrameworkCore;
using FitSaaS.Framework.Auditing;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using FitSaaS.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace FitSaaS.Application.Tests.Platform;

/// <summary>
/// The one-statement insert of the audit writer (ADR 0039) keeps what EF Core's insert guarantees: row-level security
/// checks every row, an over-long value is rejected rather than cut, and the rows belong to the unit of work's
/// transaction.
/// </summary>
public sealed class PostgreSqlBulkInsertTests(FitSaaSApplicationFixture fixture) : IClassFixture<FitSaaSApplicationFixture>
{
    [Fact]
    public async Task InsertAsync_RowOfAnotherTenant_IsRejectedByRowLevelSecurity_AndNothingIsWritten()
    {
        SkipUnlessPostgreSql();
        var a = await fixture.CreateTenantAsync();
        var b = await fixture.CreateTenantAsync();
        var marker = Guid.NewGuid().ToString("N");

        await using (var scope = fixture.CreateScope())
        {
            using var tenant = Tenant(a.Id);
            var db = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextAsync();
            var ex = await Should.ThrowAsync<PostgresException>(() => PostgreSqlBulkInsert.InsertAsync(
                db, [NewLog(a.Id, marker), NewLog(b.Id, marker)], TestContext.Current.CancellationToken));
            ex.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
        }

        (await CountAsync(marker)).ShouldBe(0);
    }

    [Fact]
    public async Task InsertAsync_ValueLongerThanTheColumn_IsRejectedNotCut()
    {
        SkipUnlessPostgreSql();
        var marker = Guid.NewGuid().ToString("N");
        var log = NewLog(null, marker);
        typeof(AuditLog).GetProperty(nameof(AuditLog.HttpMethod))!.SetValue(log, new string('G', AuditLogConsts.MaxHttpMethodLength + 1));

        await using (var scope = fixture.CreateScope())
        {
            var db = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextAsync();
            var ex = await Should.ThrowAsync<PostgresException>(() => PostgreSqlBulkInsert.InsertAsync(db, [log], TestContext.Current.CancellationToken));
            ex.SqlState.ShouldBe(PostgresErrorCodes.StringDataRightTruncation);
        }

        (await CountAsync(marker)).ShouldBe(0);
    }

    [Fact]
    public async Task InsertAsync_InAUnitOfWorkThatIsNotCompleted_IsRolledBack_AndWrittenWhenCompleted()
    {
        SkipUnlessPostgreSql();
        var marker = Guid.NewGuid().ToString("N");
        foreach (var complete in new[] { false, true })
        {
            await using var scope = fixture.CreateScope();
            await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
            var db = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextAsync();
            await PostgreSqlBulkInsert.InsertAsync(db, [NewLog(null, marker), NewLog(null, marker)], TestContext.Current.CancellationToken);
            if (complete)
            {
                await unitOfWork.CompleteAsync();
            }
        }

        (await CountAsync(marker)).ShouldBe(2);
    }

    [Fact]
    public async Task InsertAsync_OnSqlite_IsNotSupported()
    {
        Assert.SkipWhen(TestDatabase.IsPostgreSql, "The SQLite lane's check.");
        await using var scope = fixture.CreateScope();
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextAsync();
        PostgreSqlBulkInsert.IsSupported(db).ShouldBeFalse();
        await Should.ThrowAsync<NotSupportedException>(() => PostgreSqlBulkInsert.InsertAsync(db, [NewLog(null, "x")], TestContext.Current.CancellationToken));
    }

    private AuditLog NewLog(Guid? tenantId, string marker) =>
        AuditLog.Create(
            fixture.Services.GetRequiredService<IGuidGenerator>(),
            new AuditLogInfo { TenantId = tenantId, CorrelationId = marker, ExecutionTimeUtc = DateTime.UtcNow, HttpMethod = "POST", Url = "/bulk" });

    private async Task<int> CountAsync(string marker)
    {
        await using var scope = fixture.CreateScope();
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextAsync();
        using var allTenants = scope.ServiceProvider.GetRequiredService<ICrossTenantAccessor>().Begin("Test: count the rows of every tenant");
        return await db.Set<AuditLog>().IgnoreQueryFilters().CountAsync(e => e.CorrelationId == marker, TestContext.Current.CancellationToken);
    }

    private IDisposable Tenant(Guid? tenantId) => fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenantId);

    private static void SkipUnlessPostgreSql() =>
        Assert.SkipUnless(TestDatabase.IsPostgreSql, "PostgreSQL only (FitSaaS_Test__Database=PostgreSql): the bulk insert is PostgreSQL's.");
}
