using System.Threading.Channels;
using FitSaaS.Framework.Auditing;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FitSaaS.AuditLogging;

/// <summary>
/// The <see cref="IAuditingStore"/> of the kit: entries go into a bounded channel (a full channel makes
/// callers wait: back-pressure, never unbounded memory) and are written in batches, one transaction per
/// batch, in a fresh scope running as the host (entries keep their own tenant). <see cref="AuditLogWriterService"/>
/// drains it in the background and on shutdown; <see cref="FlushAsync"/> writes everything queued so far.
/// A failed batch is logged and dropped: auditing never fails a request.
/// </summary>
// The gate is never disposed on purpose: the host may stop its services after the container has
// disposed singletons, and a SemaphoreSlim without a wait handle holds no unmanaged resource.
#pragma warning disable CA1001
public sealed partial class AuditLogWriter : IAuditingStore
#pragma warning restore CA1001
{
    private readonly Channel<AuditLogInfo> _channel;
    private readonly IServiceScopeFactory _scopeFactory;
    private readonly IGuidGenerator _guidGenerator;
    private readonly ILogger<AuditLogWriter> _logger;
    private readonly int _batchSize;
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Creates the writer.</summary>
    public AuditLogWriter(
        IOptions<AuditLoggingOptions> options,
        IServiceScopeFactory scopeFactory,
        IGuidGenerator guidGenerator,
        ILogger<AuditLogWriter> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _channel = Channel.CreateBounded<AuditLogInfo>(new BoundedChannelOptions(Math.Max(1, options.Value.ChannelCapacity))
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = false,
            SingleWriter = false,
        });
        _scopeFactory = scopeFactory;
        _guidGenerator = guidGenerator;
        _logger = logger;
        _batchSize = Math.Max(1, options.Value.BatchSize);
    }

    /// <summary>Entries queued and not yet taken by a batch.</summary>
    public int PendingCount => _channel.Reader.Count;

    /// <inheritdoc/>
    public ValueTask SaveAsync(AuditLogInfo auditLog, CancellationToken cancellationToken = default) =>
        _channel.Writer.WriteAsync(auditLog, cancellationToken);

    /// <summary>Writes every entry queued before the call (waits for a batch in progress).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        while (await WriteNextBatchAsync(cancellationToken))
        {
        }
    }

    /// <summary>Background loop: waits for entries and writes them in batches until cancelled.</summary>
    internal async Task RunAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _channel.Reader.WaitToReadAsync(stoppingToken))
            {
                await WriteNextBatchAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the service flushes what is left.
        }
    }

    private async Task<bool> WriteNextBatchAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var batch = new List<AuditLogInfo>(_batchSize);
            while (batch.Count < _batchSize && _channel.Reader.TryRead(out var item))
            {
                batch.Add(item);
            }

            if (batch.Count == 0)
            {
                return false;
            }

            await WriteBatchAsync(batch);
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task WriteBatchAsync(List<AuditLogInfo> batch)
    {
        try
        {
            await using var scope = _scopeFactory.CreateAsyncScope();
            var services = scope.ServiceProvider;
            // Each entry is written as its own tenant (no cross-tenant scope needed, and row-level security checks
            // every row): one transaction, one save per tenant of the batch.
            var currentTenant = services.GetRequiredService<ICurrentTenant>();
            var repository = services.GetRequiredService<IAuditLogRepository>();
            await using var unitOfWork = await services.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
            foreach (var group in batch.GroupBy(info => info.TenantId))
            {
                using (currentTenant.Change(group.Key))
                {
                    await repository.InsertManyAsync(group.Select(info => AuditLog.Create(_guidGenerator, info)));
                    await unitOfWork.SaveChangesAsync();
                }
            }

            await unitOfWork.CompleteAsync();
        }
#pragma warning disable CA1031 // A failing audit write must not stop the writer; it is logged.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogWriteFailed(_logger, ex, batch.Count);
        }
    }

    [LoggerMessage(EventId = 2101, Level = LogLevel.Error, Message = "Could not write {Count} audit entries; they are dropped")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, int count);
}
