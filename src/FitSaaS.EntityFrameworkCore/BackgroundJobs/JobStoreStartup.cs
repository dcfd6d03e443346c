using System.Data.Common;
using FitSaaS.Framework.BackgroundJobs;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace FitSaaS.EntityFrameworkCore.BackgroundJobs;

/// <summary>
/// Runs once at start-up, before the job server: drops the tables of the scheduler the kit used before Hangfire
/// (<c>qrtz_*</c> in the host database; they were created by that scheduler, never by an EF migration; idempotent, a no-op
/// once they are gone) and, in the embedded profile, hands back to the queue every job a crashed run left claimed (one
/// instance by definition owns the SQLite job store, so at start-up nothing is still running).
/// </summary>
public sealed partial class JobStoreStartup(
    DatabaseProvider provider,
    string connectionString,
    string? sqliteJobStorePath,
    IOptions<BackgroundJobOptions> options,
    ILogger<JobStoreStartup> logger) : IHostedService
{
    /// <summary>The legacy scheduler's tables, children first (foreign keys).</summary>
    internal static readonly string[] LegacyTables =
    [
        "qrtz_fired_triggers", "qrtz_paused_trigger_grps", "qrtz_scheduler_state", "qrtz_locks", "qrtz_simple_triggers",
        "qrtz_simprop_triggers", "qrtz_cron_triggers", "qrtz_blob_triggers", "qrtz_triggers", "qrtz_job_details", "qrtz_calendars",
    ];

    /// <inheritdoc/>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await DropLegacyTablesAsync(cancellationToken);
        }
#pragma warning disable CA1031 // Leftover tables are harmless: never fail the start-up for them.
        catch (DbException ex)
#pragma warning restore CA1031
        {
            LogLegacyDropFailed(logger, ex);
        }

        if (provider == DatabaseProvider.Sqlite && sqliteJobStorePath is not null && options.Value.IsJobExecutionEnabled)
        {
            await RequeueClaimedSqliteJobsAsync(sqliteJobStorePath, cancellationToken);
        }
    }

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task DropLegacyTablesAsync(CancellationToken cancellationToken)
    {
        if (provider == DatabaseProvider.PostgreSql)
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using (var exists = new NpgsqlCommand("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename LIKE 'qrtz\\_%'", connection))
            {
                if ((long)(await exists.ExecuteScalarAsync(cancellationToken))! == 0)
                {
                    return;
                }
            }

            // Instances starting together: one drops, the others wait on the lock and then find nothing to drop.
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(7283640518)", connection, transaction))
            {
                await lockCommand.ExecuteNonQueryAsync(cancellationToken);
            }

            await using (var drop = new NpgsqlCommand($"DROP TABLE IF EXISTS {string.Join(", ", LegacyTables)} CASCADE", connection, transaction))
            {
                await drop.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            LogLegacyDropped(logger);
            return;
        }

        await using var sqlite = new SqliteConnection(connectionString);
        await sqlite.OpenAsync(cancellationToken);
        await using (var exists = sqlite.CreateCommand())
        {
            exists.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND lower(name) LIKE 'qrtz\\_%' ESCAPE '\\'";
            if ((long)(await exists.ExecuteScalarAsync(cancellationToken))! == 0)
            {
                return;
            }
        }

        await using var sqliteTransaction = await sqlite.BeginTransactionAsync(cancellationToken);
        foreach (var table in LegacyTables)
        {
            await using var drop = sqlite.CreateCommand();
            drop.Transaction = (SqliteTransaction)sqliteTransaction;
            drop.CommandText = $"DROP TABLE IF EXISTS {table}";
            await drop.ExecuteNonQueryAsync(cancellationToken);
        }

        await sqliteTransaction.CommitAsync(cancellationToken);
        LogLegacyDropped(logger);
    }

    private async Task RequeueClaimedSqliteJobsAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return;
        }

        await using var sqlite = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, DefaultTimeout = 30 }.ConnectionString);
        await sqlite.OpenAsync(cancellationToken);
        await using (var exists = sqlite.CreateCommand())
        {
            exists.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'JobQueue'";
            if ((long)(await exists.ExecuteScalarAsync(cancellationToken))! == 0)
            {
                return;
            }
        }

        // The store keeps times as .NET ticks; "not claimed" is DateTime.MinValue (0).
        await using var requeue = sqlite.CreateCommand();
        requeue.CommandText = "UPDATE JobQueue SET FetchedAt = 0 WHERE FetchedAt <> 0";
        var count = await requeue.ExecuteNonQueryAsync(cancellationToken);
        if (count > 0)
        {
            LogRequeued(logger, count);
        }
    }

    [LoggerMessage(EventId = 5110, Level = LogLevel.Information, Message = "Dropped the tables of the former job scheduler (qrtz_*)")]
    private static partial void LogLegacyDropped(ILogger logger);

    [LoggerMessage(EventId = 5111, Level = LogLevel.Warning, Message = "Could not drop the tables of the former job scheduler (qrtz_*); they are unused and can be dropped by hand")]
    private static partial void LogLegacyDropFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5112, Level = LogLevel.Warning, Message = "{Count} background jobs were cut short by the previous run of this instance and are queued again")]
    private static partial void LogRequeued(ILogger logger, int count);
}
