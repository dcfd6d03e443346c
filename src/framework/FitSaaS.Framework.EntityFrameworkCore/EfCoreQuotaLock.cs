using FitSaaS.Framework.Features;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.Framework.EntityFrameworkCore;

/// <summary>
/// <see cref="IQuotaLock"/> on the current tenant's context (its own database or the shared one), inside its current transaction.
/// PostgreSQL: <c>pg_advisory_xact_lock(key)</c> with a 64-bit key derived from the name (SHA-256), released
/// by commit or rollback; other quotas and tenants are not blocked. SQLite: Microsoft.Data.Sqlite starts
/// transactions with <c>BEGIN IMMEDIATE</c>, so a transactional unit of work already holds the database's
/// single write lock from its first statement, and count-and-insert is serialized without anything more.
/// </summary>
public sealed class EfCoreQuotaLock<TDbContext>(IDbContextProvider<TDbContext> dbContextProvider) : IQuotaLock
    where TDbContext : DbContext
{
    private const string PostgreSql = "Npgsql.EntityFrameworkCore.PostgreSQL";
    private const string Sqlite = "Microsoft.EntityFrameworkCore.Sqlite";

    /// <inheritdoc/>
    public async Task AcquireAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        var dbContext = await GetTransactionalContextAsync(cancellationToken);
        if (dbContext.Database.ProviderName == PostgreSql)
        {
            await dbContext.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({QuotaLockIds.Of(key)})", cancellationToken);
        }
    }

    /// <inheritdoc/>
    /// <remarks>PostgreSQL: one statement, the locks taken in the order of their ids (<c>unnest</c> yields an array's
    /// elements in order).</remarks>
    public async Task AcquireAllAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var ids = keys.Select(key =>
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(key);
            return QuotaLockIds.Of(key);
        }).Distinct().Order().ToArray();
        var dbContext = await GetTransactionalContextAsync(cancellationToken);
        if (dbContext.Database.ProviderName == PostgreSql && ids.Length > 0)
        {
            await dbContext.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(id) FROM unnest({ids}) AS ids(id)", cancellationToken);
        }
    }

    private async Task<TDbContext> GetTransactionalContextAsync(CancellationToken cancellationToken)
    {
        var dbContext = await dbContextProvider.GetDbContextAsync(cancellationToken: cancellationToken);
        if (dbContext.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A quota lock needs a transaction: call it inside a transactional unit of work.");
        }

        return dbContext.Database.ProviderName switch
        {
            PostgreSql => dbContext,

            // BEGIN IMMEDIATE already took the write lock (see the type's remarks).
            Sqlite => dbContext,
            _ => throw new NotSupportedException($"No quota lock for provider {dbContext.Database.ProviderName}."),
        };
    }
}
