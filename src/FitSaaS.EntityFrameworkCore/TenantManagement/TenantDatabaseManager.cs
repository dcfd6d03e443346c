using System.Data.Common;
using FitSaaS.Framework.Data;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.EntityFrameworkCore.RowLevelSecurity;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.TenantManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace FitSaaS.EntityFrameworkCore.TenantManagement;

/// <inheritdoc cref="ITenantDatabaseManager"/>
public sealed class TenantDatabaseManager(
    IServiceScopeFactory scopeFactory, IOptions<DatabaseOptions> options, IConnectionStringResolver connectionStrings, ICurrentTenant currentTenant)
    : ITenantDatabaseManager, ITransientDependency
{
    /// <inheritdoc/>
    public bool IsSupported => options.Value.Provider == DatabaseProvider.PostgreSql;

    /// <inheritdoc/>
    public void Validate(string connectionString)
    {
        if (!IsSupported)
        {
            throw new BusinessException(TenantManagementErrorCodes.OwnDatabaseNotSupported,
                "Tenants with their own database need the PostgreSQL provider (Database:Provider = PostgreSql).");
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException)
        {
            throw InvalidConnectionString("The connection string cannot be parsed.");
        }

        if (string.IsNullOrWhiteSpace(builder.Host) || string.IsNullOrWhiteSpace(builder.Database))
        {
            throw InvalidConnectionString("The connection string must name a host and a database.");
        }

        var host = new NpgsqlConnectionStringBuilder(connectionStrings.Default);
        if (string.Equals(builder.Host, host.Host, StringComparison.OrdinalIgnoreCase) && builder.Port == host.Port &&
            string.Equals(builder.Database, host.Database, StringComparison.Ordinal))
        {
            throw InvalidConnectionString("The connection string points at the host database.");
        }
    }

    /// <inheritdoc/>
    public async Task CreateAsync(Guid tenantId, string tenantName, string connectionString, DataSeedContext seed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var created = false;
        try
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            ((MultiTenantConnectionStringResolver)scope.ServiceProvider.GetRequiredService<IConnectionStringResolver>()).UseForTenant(tenantId, connectionString);
            using (currentTenant.Change(tenantId, tenantName))
            {
                var db = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextForTenantAsync(tenantId, cancellationToken);
                var creator = db.GetService<IRelationalDatabaseCreator>();
                if (!await creator.ExistsAsync(cancellationToken))
                {
                    await creator.CreateAsync(cancellationToken);
                    created = true;
                }

                using (scope.ServiceProvider.GetRequiredService<ICrossTenantAccessor>().Begin("Tenant database migration"))
                {
                    await db.Database.MigrateAsync(cancellationToken);
                }

                await scope.ServiceProvider.GetRequiredService<PostgreSqlRowLevelSecurityInstaller>().ApplyAsync(db, cancellationToken);
                await scope.ServiceProvider.GetRequiredService<IDataSeeder>().SeedAsync(seed, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            if (created)
            {
                await DropAsync(connectionString, CancellationToken.None);
            }

            if (ex is IHasErrorCode)
            {
                throw;
            }

            throw new BusinessException(TenantManagementErrorCodes.TenantDatabaseUnavailable,
                $"The tenant database could not be prepared: {Describe(ex, connectionString)}", ex);
        }
    }

    /// <inheritdoc/>
    public async Task DropAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var database = builder.Database!;
        await using (var pooled = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        builder.Database = "postgres";
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>A one-line reason for an error with the connection string's password removed.</summary>
    public static string Describe(Exception exception, string? connectionString)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var root = exception;
        while (root is not DbException && root.InnerException is not null)
        {
            root = root.InnerException;
        }

        var message = root is PostgresException postgres ? $"{postgres.SqlState}: {postgres.MessageText}" : root.Message;
        var text = $"{root.GetType().Name}: {message}";
        if (connectionString is not null)
        {
            try
            {
                if (new NpgsqlConnectionStringBuilder(connectionString).Password is { Length: > 0 } password)
                {
                    text = text.Replace(password, "***", StringComparison.Ordinal);
                }
            }
            catch (ArgumentException)
            {
                // Not parsable: nothing of it to scrub.
            }

            text = text.Replace(connectionString, "***", StringComparison.Ordinal);
        }

        return text;
    }

    private static BusinessException InvalidConnectionString(string message) =>
        new(TenantManagementErrorCodes.InvalidConnectionString, message);
}
