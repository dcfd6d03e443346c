using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Storage;
using FitSaaS.Framework.Features;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.Framework.EntityFrameworkCore;

/// <summary>
/// <see cref="IQuotaLock"/> on the current tenant's context (its own database or the shared one), inside its current transaction.
/// PostgreSQL: <c>pg_advisory_xact_lock(key)</c> with a 64-bit key derived from the name (SHA-256), released
/// by commit or rollback; other quotas and tenants are not blocked. SQLite: Microsoft.Data.Sqlite starts
/// transactions with <c>BEGIN IMMEDIATE</c>, so a transactional unit of work already holds the database's
/// single write lock from its first statement, and count-and-insert is serialized without anything more. A lock the current
/// transaction already holds is not asked for again (no round trip): two modules guarding the same member in one booking
/// pay for one lock.
/// </summary>
/// <remarks>
/// The held locks are remembered per database transaction. A lock taken inside a savepoint that is then rolled back is
/// released by PostgreSQL but still remembered; nothing in the kit takes quota locks inside savepoints.
/// </remarks>
public sealed class EfCoreQuotaLock<TDbContext>(IDbContextProvider<TDbContext> dbContextProvider) : IQuotaLock
    where TDbContext : DbContext
{
    private const string PostgreSql = "Npgsql.EntityFrameworkCore.PostgreSQL";
    private const string Sqlite = "Microsoft.EntityFrameworkCore.Sqlite";

    private static readonly ConditionalWeakTable<DbTransaction, HashSet<long>> HeldLocks = new();

    /// <inheritdoc/>
    public async Task AcquireAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        var dbContext = await GetTransactionalContextAsync(cancellationToken);
        var id = QuotaLockIds.Of(key);
        if (dbContext.Database.ProviderName == PostgreSql && HeldBy(dbContext).Add(id))
        {
            await dbContext.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({id})", cancellationToken);
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
        if (dbContext.Database.ProviderName == PostgreSql)
        {
            var held = HeldBy(dbContext);
            ids = [.. ids.Where(held.Add)];
        }

        if (dbContext.Database.ProviderName == PostgreSql && ids.Length > 0)
        {
            await dbContext.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(id) FROM unnest({ids}) AS ids(id)", cancellationToken);
        }
    }

    // The lock ids the context's current transaction holds (a transaction is used by one flow at a time, like its context).
    private static HashSet<long> HeldBy(TDbContext dbContext) =>
        HeldLocks.GetValue(dbContext.Database.CurrentTransaction!.GetDbTransaction(), _ => []);

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
