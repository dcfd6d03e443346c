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
    /// <inheritdoc/>
    public async Task AcquireAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        var dbContext = await dbContextProvider.GetDbContextAsync(cancellationToken: cancellationToken);
        if (dbContext.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A quota lock needs a transaction: call it inside a transactional unit of work.");
        }

        switch (dbContext.Database.ProviderName)
        {
            case "Npgsql.EntityFrameworkCore.PostgreSQL":
                await dbContext.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({QuotaLockIds.Of(key)})", cancellationToken);
                break;
            case "Microsoft.EntityFrameworkCore.Sqlite":
                // BEGIN IMMEDIATE already took the write lock (see the type's remarks).
                break;
            default:
                throw new NotSupportedException($"No quota lock for provider {dbContext.Database.ProviderName}.");
        }
    }
}
