using FitSaaS.Billing;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace FitSaaS.EntityFrameworkCore.Billing;

/// <inheritdoc cref="IBillingSequenceRepository"/>
/// <remarks>
/// One statement on both providers (SQLite 3.35+ and PostgreSQL share the syntax): insert the counter at 1, or — it
/// exists — add 1, returning the value. The upsert takes the row's lock (PostgreSQL) or the write lock (SQLite) until the
/// transaction ends, so numbers are handed out one transaction at a time and a rollback gives the number back: no gaps,
/// no duplicates (the invoices' unique (tenant, sequence number) index is the backstop).
/// </remarks>
public sealed class EfCoreBillingSequenceRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider, ICurrentTenant currentTenant, IGuidGenerator guids)
    : IBillingSequenceRepository, ITransientDependency
{
    private static string? s_sql;

    /// <inheritdoc/>
    public async Task<long> NextAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var db = await dbContextProvider.GetDbContextAsync(typeof(BillingSequence), cancellationToken);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A document number is taken inside a transaction: call it inside a transactional unit of work.");
        }

        var values = await db.Database.SqlQueryRaw<long>(s_sql ??= BuildSql(db), guids.Create(), currentTenant.Id!, name).ToListAsync(cancellationToken);
        return values.Single();
    }

    private static string BuildSql(DbContext db)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var entity = db.Model.FindEntityType(typeof(BillingSequence))!;
        var table = sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
        string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName());
        var last = Column(nameof(BillingSequence.LastValue));
        return $"INSERT INTO {table} ({Column(nameof(BillingSequence.Id))}, {Column(nameof(BillingSequence.TenantId))}, {Column(nameof(BillingSequence.Name))}, {last}) " +
               $"VALUES ({{0}}, {{1}}, {{2}}, 1) " +
               $"ON CONFLICT ({Column(nameof(BillingSequence.TenantId))}, {Column(nameof(BillingSequence.Name))}) DO UPDATE SET {last} = {table}.{last} + 1 " +
               $"RETURNING {last} AS {sql.DelimitIdentifier("Value")}";
    }
}
