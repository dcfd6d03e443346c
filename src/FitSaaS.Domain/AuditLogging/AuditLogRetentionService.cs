using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FitSaaS.AuditLogging;

/// <summary>
/// Runs <see cref="AuditLogCleaner"/> shortly after start (<see cref="AuditLoggingOptions.CleanupInitialDelay"/>) and then every <see cref="AuditLoggingOptions.CleanupInterval"/>
/// (a plain hosted service until the background-jobs module exists).
/// </summary>
public sealed partial class AuditLogRetentionService(
    IServiceScopeFactory scopeFactory,
    IOptions<AuditLoggingOptions> options,
    TimeProvider timeProvider,
    ILogger<AuditLogRetentionService> logger) : BackgroundService
{
    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(options.Value.CleanupInitialDelay, timeProvider, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.CleanupInterval, timeProvider);
        do
        {
            try
            {
                await using var scope = scopeFactory.CreateAsyncScope();
                var deleted = await scope.ServiceProvider.GetRequiredService<AuditLogCleaner>().CleanupAsync(stoppingToken);
                LogCleaned(logger, deleted);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The next run retries; the failure is logged.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogCleanupFailed(logger, ex);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(EventId = 2201, Level = LogLevel.Information, Message = "Audit retention deleted {Count} entries")]
    private static partial void LogCleaned(ILogger logger, int count);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Error, Message = "Audit retention cleanup failed")]
    private static partial void LogCleanupFailed(ILogger logger, Exception exception);
}
