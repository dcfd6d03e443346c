using System.Data.Common;
using System.Runtime.CompilerServices;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FitSaaS.Framework.EntityFrameworkCore.RowLevelSecurity;

/// <summary>
/// Keeps a PostgreSQL connection's row-level-security settings (<see cref="RowLevelSecurityNames.TenantSetting"/>,
/// <see cref="RowLevelSecurityNames.BypassSetting"/>) equal to <see cref="ICurrentTenant"/> and
/// <see cref="ICrossTenantAccessor"/> before every command. The settings are session-level
/// (<c>set_config(..., false)</c>) and issued on the command's connection and transaction only when they differ
/// from what this interceptor last set there, so a unit of work that stays in one tenant pays one extra round
/// trip per physical connection use, not one per command.
/// <para>
/// What was set is remembered per <see cref="DbConnection"/> together with the transaction it was set in, and
/// forgotten whenever it may no longer hold: on open and close (a pooled connection may come back reset by
/// <c>DISCARD ALL</c>, or not reset with <c>No Reset On Close</c>), on rollback (to a savepoint or of the whole
/// transaction, which reverts a <c>set_config</c> made inside it), and when the next command runs in another
/// transaction than the one the value was set in (a transaction disposed without an explicit rollback).
/// A commit turns a value set inside the transaction into a session value.
/// </para>
/// Other providers (SQLite) are left alone. Registered in DI as an EF Core <c>IInterceptor</c>.
/// </summary>
public sealed class RowLevelSecuritySessionInterceptor(ICurrentTenant currentTenant, ICrossTenantAccessor crossTenantAccessor)
    : DbCommandInterceptor, IDbConnectionInterceptor, IDbTransactionInterceptor, ISingletonDependency
{
    private const string SetSql =
        "SELECT set_config('" + RowLevelSecurityNames.TenantSetting + "', @fitsaas_tenant, false), " +
        "set_config('" + RowLevelSecurityNames.BypassSetting + "', @fitsaas_bypass, false)";

    private readonly ConditionalWeakTable<DbConnection, SessionState> _states = [];

    /// <inheritdoc/>
    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Ensure(command);
        return result;
    }

    /// <inheritdoc/>
    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await EnsureAsync(command, cancellationToken);
        return result;
    }

    /// <inheritdoc/>
    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Ensure(command);
        return result;
    }

    /// <inheritdoc/>
    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await EnsureAsync(command, cancellationToken);
        return result;
    }

    /// <inheritdoc/>
    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Ensure(command);
        return result;
    }

    /// <inheritdoc/>
    public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        await EnsureAsync(command, cancellationToken);
        return result;
    }

    /// <inheritdoc/>
    public void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Forget(connection);

    /// <inheritdoc/>
    public Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(connection);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => Forget(connection);

    /// <inheritdoc/>
    public Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        Forget(connection);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(transaction, eventData);

    /// <inheritdoc/>
    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(transaction, eventData);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(transaction?.Connection ?? eventData?.Context?.Database.GetDbConnection());

    /// <inheritdoc/>
    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(transaction?.Connection ?? eventData?.Context?.Database.GetDbConnection());
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public void RolledBackToSavepoint(DbTransaction transaction, TransactionEventData eventData) => Forget(transaction?.Connection);

    /// <inheritdoc/>
    public Task RolledBackToSavepointAsync(DbTransaction transaction, TransactionEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(transaction?.Connection);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Forget(transaction?.Connection ?? eventData?.Context?.Database.GetDbConnection());

    /// <inheritdoc/>
    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(transaction?.Connection ?? eventData?.Context?.Database.GetDbConnection());
        return Task.CompletedTask;
    }

    private void Ensure(DbCommand command)
    {
        if (Prepare(command) is { } set)
        {
            using (set.Command)
            {
                set.Command.ExecuteNonQuery();
            }

            _states.AddOrUpdate(command.Connection!, set.State);
        }
    }

    private async ValueTask EnsureAsync(DbCommand command, CancellationToken cancellationToken)
    {
        if (Prepare(command) is { } set)
        {
            await using (set.Command)
            {
                await set.Command.ExecuteNonQueryAsync(cancellationToken);
            }

            _states.AddOrUpdate(command.Connection!, set.State);
        }
    }

    private (DbCommand Command, SessionState State)? Prepare(DbCommand command)
    {
        var connection = command.Connection;
        if (connection is null || !RowLevelSecurityNames.IsPostgreSql(connection))
        {
            return null;
        }

        var tenantId = currentTenant.Id;
        var bypass = crossTenantAccessor.IsActive;
        var transaction = command.Transaction;
        if (_states.TryGetValue(connection, out var state) && state.TenantId == tenantId && state.Bypass == bypass &&
            (state.Transaction is null || ReferenceEquals(state.Transaction, transaction)))
        {
            return null;
        }

        var set = connection.CreateCommand();
        set.Transaction = transaction;
        set.CommandText = SetSql;
        AddParameter(set, "fitsaas_tenant", tenantId?.ToString("D") ?? string.Empty);
        AddParameter(set, "fitsaas_bypass", bypass ? "on" : "off");
        return (set, new SessionState(tenantId, bypass, transaction));
    }

    private static void AddParameter(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        parameter.DbType = System.Data.DbType.String;
        command.Parameters.Add(parameter);
    }

    private void Committed(DbTransaction transaction, TransactionEndEventData eventData)
    {
        // A completed Npgsql transaction no longer names its connection; the context still does.
        if ((transaction?.Connection ?? eventData?.Context?.Database.GetDbConnection()) is { } connection && _states.TryGetValue(connection, out var state) &&
            ReferenceEquals(state.Transaction, transaction))
        {
            _states.AddOrUpdate(connection, state with { Transaction = null });
        }
    }

    private void Forget(DbConnection? connection)
    {
        if (connection is not null)
        {
            _states.Remove(connection);
        }
    }

    private sealed record SessionState(Guid? TenantId, bool Bypass, DbTransaction? Transaction);
}
