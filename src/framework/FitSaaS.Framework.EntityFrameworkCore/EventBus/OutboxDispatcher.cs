using FitSaaS.Framework.BackgroundJobs;
using FitSaaS.Framework.Events.Distributed;
using FitSaaS.Framework.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FitSaaS.Framework.EntityFrameworkCore.EventBus;

/// <summary>
/// Sends the outbox. Woken by <see cref="OutboxSignal"/> after a commit that wrote outbox rows, and every
/// <see cref="OutboxOptions.PollInterval"/>; each pass scans the host database and every tenant database with its own
/// connection string (re-read every <see cref="OutboxOptions.TenantDatabaseRefreshInterval"/>), in a cross-tenant scope.
/// Per database it takes up to <see cref="OutboxOptions.BatchSize"/> due messages in occurred order and sends each through
/// <see cref="IDistributedEventTransport"/>: a sent message is deleted; a failed one gets its attempts counted and its next
/// attempt delayed by <see cref="DistributedEventBusOptions.GetRetryDelay"/>; after
/// <see cref="DistributedEventBusOptions.MaxDeliveryAttempts"/> it is dead-lettered (<see cref="IDistributedEventDeadLetterStore"/>)
/// and deleted. A <see cref="DistributedEventTransportException"/> (the broker is unavailable: not the message's fault) never
/// dead-letters: the message is retried with the same back-off, capped at <see cref="OutboxOptions.MaxTransportRetryDelay"/>,
/// until the transport takes it; the pass then ends (the rest waits for the next poll). On PostgreSQL the batch is locked with <c>FOR UPDATE SKIP LOCKED</c> in a transaction, so several instances
/// sharing a database do not send the same message concurrently (the inbox makes a rare duplicate harmless anyway);
/// on SQLite (one instance) a plain query is used and each result is saved at once.
/// </summary>
public sealed partial class OutboxDispatcher<TDbContext>(
    IServiceScopeFactory scopeFactory,
    IDistributedEventTransport transport,
    OutboxSignal signal,
    ICrossTenantAccessor crossTenantAccessor,
    IOptions<OutboxOptions> outboxOptions,
    IOptions<DistributedEventBusOptions> busOptions,
    TimeProvider timeProvider,
    ILogger<OutboxDispatcher<TDbContext>> logger,
    OutboxMetrics metrics) : BackgroundService
    where TDbContext : FitSaaSDbContextBase
{
    /// <summary>The cross-tenant reason of the dispatcher (logged once per pass that finds work, and at start).</summary>
    public const string CrossTenantReason = "outbox dispatch";

    private readonly SemaphoreSlim _pass = new(1, 1);
    private readonly Dictionary<string, Guid?> _databases = new(StringComparer.Ordinal);
    private readonly HashSet<Guid> _knownTenants = [];
    private DateTimeOffset _databasesReadAt = DateTimeOffset.MinValue;

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!outboxOptions.Value.IsDispatcherEnabled)
        {
            return;
        }

        // One cross-tenant scope for the dispatcher's whole life (logged once): it reads every tenant's outbox rows.
        // Handlers never run in it: transports deliver in a clean execution context.
        using var crossTenant = crossTenantAccessor.Begin(CrossTenantReason);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DispatchPendingAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The dispatcher survives a failed pass (database down, ...) and tries again at the next poll.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogPassFailed(logger, ex);
            }

            try
            {
                await signal.WaitAsync(outboxOptions.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>
    /// One pass over every database: sends the due messages, batch after batch, until none is due. Passes do not overlap
    /// within a process. Returns the number of messages handed to the transport successfully.
    /// </summary>
    public async Task<int> DispatchPendingAsync(CancellationToken cancellationToken = default)
    {
        await _pass.WaitAsync(cancellationToken);
        try
        {
            using var crossTenant = crossTenantAccessor.IsActive ? null : crossTenantAccessor.Begin(CrossTenantReason);
            await RefreshDatabasesAsync(cancellationToken);
            var sent = 0;
            foreach (var (_, tenantId) in _databases.ToList())
            {
                try
                {
                    while (true)
                    {
                        var (taken, ok, transportUnavailable) = await DispatchBatchAsync(tenantId, cancellationToken);
                        sent += ok;
                        if (transportUnavailable)
                        {
                            // The transport is down for every database: end the pass (one warning, not one per message);
                            // the next poll tries again.
                            await MeasureBacklogAsync(cancellationToken);
                            return sent;
                        }

                        if (taken < Math.Max(1, outboxOptions.Value.BatchSize))
                        {
                            break;
                        }
                    }
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }
#pragma warning disable CA1031 // One unreachable tenant database must not stop the others.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    LogDatabaseFailed(logger, ex, tenantId);
                }
            }

            await MeasureBacklogAsync(cancellationToken);
            return sent;
        }
        finally
        {
            _pass.Release();
        }
    }

    /// <summary>Counts the messages left in every database for <see cref="OutboxMetrics"/>, when observed and due.</summary>
    private async Task MeasureBacklogAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        if (!metrics.IsEnabled || now - metrics.MeasuredAt < OutboxMetrics.MeasureInterval)
        {
            return;
        }

        metrics.Measured(now);
        foreach (var (_, tenantId) in _databases.ToList())
        {
            try
            {
                await using var scope = scopeFactory.CreateAsyncScope();
                var context = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<TDbContext>>().GetDbContextForTenantAsync(tenantId, cancellationToken);
                metrics.SetBacklog(tenantId, await context.Set<OutboxMessage>().IgnoreQueryFilters().LongCountAsync(cancellationToken));
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
#pragma warning disable CA1031 // A metric never fails the dispatcher; the database's failure is logged by the pass itself.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }
    }

    private async Task RefreshDatabasesAsync(CancellationToken cancellationToken)
    {
        var signalled = signal.DrainTenants();
        var now = timeProvider.GetUtcNow();
        var refreshAll = now - _databasesReadAt >= outboxOptions.Value.TenantDatabaseRefreshInterval;
        var missing = signalled.OfType<Guid>().Where(t => !_knownTenants.Contains(t)).Select(t => (Guid?)t).ToList();
        if (!refreshAll && missing.Count == 0 && _databases.Count > 0)
        {
            return;
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        var resolver = scope.ServiceProvider.GetRequiredService<IConnectionStringResolver>();
        if (refreshAll)
        {
            _databases.Clear();
            _knownTenants.Clear();
            _databases[resolver.Default] = null;
            var tenants = scope.ServiceProvider.GetService<IActiveTenantSource>();
            if (tenants is not null)
            {
                missing.AddRange((await tenants.GetActiveTenantIdsAsync(cancellationToken)).Select(id => (Guid?)id));
            }

            _databasesReadAt = now;
        }

        foreach (var tenantId in missing)
        {
            _databases.TryAdd(await resolver.ResolveAsync(tenantId, cancellationToken), tenantId);
            _knownTenants.Add(tenantId!.Value);
        }
    }

    private async Task<(int Taken, int Sent, bool TransportUnavailable)> DispatchBatchAsync(Guid? tenantId, CancellationToken cancellationToken)
    {
        var batchSize = Math.Max(1, outboxOptions.Value.BatchSize);
        await using var scope = scopeFactory.CreateAsyncScope();
        var context = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<TDbContext>>().GetDbContextForTenantAsync(tenantId, cancellationToken);
        var outbox = context.Set<OutboxMessage>();
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var isPostgreSql = context.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;
        if (!isPostgreSql)
        {
            // SQLite: one instance; no transaction is held while handlers (which write the same file) run.
            var due = await outbox.IgnoreQueryFilters().Where(m => m.NextAttemptAt <= now)
                .OrderBy(m => m.OccurredAt).ThenBy(m => m.Id).Take(batchSize).ToListAsync(cancellationToken);
            var sentHere = 0;
            foreach (var message in due)
            {
                var result = await SendAsync(context, message, cancellationToken);
                await context.SaveChangesAsync(cancellationToken);
                if (result == SendResult.TransportUnavailable)
                {
                    return (due.Count, sentHere, true);
                }

                sentHere += result == SendResult.Sent ? 1 : 0;
            }

            return (due.Count, sentHere, false);
        }

        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var locked = await outbox
            .FromSqlInterpolated($"""
                SELECT * FROM "OutboxMessages" WHERE "NextAttemptAt" <= {now}
                ORDER BY "OccurredAt", "Id" LIMIT {batchSize} FOR UPDATE SKIP LOCKED
                """)
            .IgnoreQueryFilters()
            .ToListAsync(cancellationToken);
        var sent = 0;
        var transportUnavailable = false;
        foreach (var message in locked)
        {
            var result = await SendAsync(context, message, cancellationToken);
            if (result == SendResult.TransportUnavailable)
            {
                // The rest of the batch stays as it is (unlocked at commit) and is tried with the next pass.
                transportUnavailable = true;
                break;
            }

            sent += result == SendResult.Sent ? 1 : 0;
        }

        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (locked.Count, sent, transportUnavailable);
    }

    private async Task<SendResult> SendAsync(TDbContext context, OutboxMessage message, CancellationToken cancellationToken)
    {
        var envelope = message.ToEnvelope();
        try
        {
            await transport.SendAsync(envelope, cancellationToken);
            context.Remove(message);
            return SendResult.Sent;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A failed delivery is retried with back-off, then dead-lettered.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            var options = busOptions.Value;
            var attempts = message.Attempts + 1;
            var error = Describe(ex);
            if (ex is DistributedEventTransportException)
            {
                // The transport is unavailable: keep the message however long that lasts; it is delivered once it is back.
                var maxDelay = outboxOptions.Value.MaxTransportRetryDelay;
                var transportDelay = options.GetRetryDelay(attempts);
                transportDelay = maxDelay > TimeSpan.Zero && transportDelay > maxDelay ? maxDelay : transportDelay;
                LogTransportUnavailable(logger, envelope.EventName, envelope.MessageId, envelope.TenantId, attempts, transportDelay, error);
                message.Failed(error, timeProvider.GetUtcNow().UtcDateTime + transportDelay);
                return SendResult.TransportUnavailable;
            }

            if (attempts >= Math.Max(1, options.MaxDeliveryAttempts))
            {
                LogDeadLettered(logger, ex, envelope.EventName, envelope.MessageId, envelope.TenantId, attempts);
                await DeadLetterAsync(envelope, error, attempts, cancellationToken);
                context.Remove(message);
            }
            else
            {
                var delay = options.GetRetryDelay(attempts);
                LogRetrying(logger, ex, envelope.EventName, envelope.MessageId, envelope.TenantId, attempts, delay);
                message.Failed(error, timeProvider.GetUtcNow().UtcDateTime + delay);
            }

            return SendResult.Failed;
        }
    }

    private async Task DeadLetterAsync(DistributedEventEnvelope envelope, string error, int attempts, CancellationToken cancellationToken)
    {
        // The dead-letter store writes host data in its own scope and unit of work, as the host, outside the cross-tenant scope.
        Task record;
        using (ExecutionContext.SuppressFlow())
        {
            record = Task.Run(
                async () =>
                {
                    await using var scope = scopeFactory.CreateAsyncScope();
                    var store = scope.ServiceProvider.GetRequiredService<IDistributedEventDeadLetterStore>();
                    await store.AddAsync(envelope, error, attempts, cancellationToken);
                },
                CancellationToken.None);
        }

        await record;
    }

    /// <summary>Exception type and message of the innermost useful exception, never a stack trace.</summary>
    internal static string Describe(Exception exception)
    {
        var inner = exception is AggregateException { InnerException: { } single } ? single : exception;
        return $"{inner.GetType().FullName}: {inner.Message}";
    }

    /// <inheritdoc/>
    public override void Dispose()
    {
        _pass.Dispose();
        base.Dispose();
    }

    [LoggerMessage(EventId = 5210, Level = LogLevel.Error, Message = "Outbox dispatch pass failed; retrying at the next poll")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5211, Level = LogLevel.Error, Message = "Outbox dispatch failed for the database of tenant {TenantId}")]
    private static partial void LogDatabaseFailed(ILogger logger, Exception exception, Guid? tenantId);

    [LoggerMessage(EventId = 5212, Level = LogLevel.Warning, Message = "Distributed event {EventName} (message {MessageId}, tenant {TenantId}) failed on attempt {Attempt}; retrying in {Delay}")]
    private static partial void LogRetrying(ILogger logger, Exception exception, string eventName, Guid messageId, Guid? tenantId, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 5214, Level = LogLevel.Warning, Message = "Distributed event {EventName} (message {MessageId}, tenant {TenantId}) not sent on attempt {Attempt}, the transport is unavailable ({Error}); retrying in {Delay}")]
    private static partial void LogTransportUnavailable(ILogger logger, string eventName, Guid messageId, Guid? tenantId, int attempt, TimeSpan delay, string error);

    [LoggerMessage(EventId = 5213, Level = LogLevel.Error, Message = "Distributed event {EventName} (message {MessageId}, tenant {TenantId}) failed {Attempt} times; dead-lettered")]
    private static partial void LogDeadLettered(ILogger logger, Exception exception, string eventName, Guid messageId, Guid? tenantId, int attempt);

    private enum SendResult
    {
        Sent,
        Failed,
        TransportUnavailable,
    }
}
