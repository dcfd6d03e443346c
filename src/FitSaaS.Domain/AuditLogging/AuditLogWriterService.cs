using Microsoft.Extensions.Hosting;

namespace FitSaaS.AuditLogging;

/// <summary>Runs <see cref="AuditLogWriter"/> in the background and writes the remaining entries on graceful shutdown.</summary>
public sealed class AuditLogWriterService(AuditLogWriter writer) : BackgroundService
{
    /// <inheritdoc/>
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => writer.RunAsync(stoppingToken);

    /// <inheritdoc/>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await writer.FlushAsync(cancellationToken);
    }
}
