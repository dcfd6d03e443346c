using FitSaaS.Framework.BackgroundJobs;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.EntityFrameworkCore.EventBus;
using FitSaaS.Framework.Events.Distributed;
using FitSaaS.Framework.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FitSaaS.EntityFrameworkCore.EventBus;

/// <summary>
/// Deletes inbox records older than <see cref="OutboxOptions.InboxRetention"/> (default 7 days; redeliveries of a message
/// come within minutes) in the host database (every shared-database tenant at once, in a cross-tenant scope) and in each
/// active tenant's own database (as that tenant). Recurring, daily at 03:45 UTC.
/// </summary>
public sealed partial class InboxCleanupJob(
    IServiceScopeFactory scopeFactory,
    ICrossTenantAccessor crossTenantAccessor,
    IOptions<OutboxOptions> options,
    TimeProvider timeProvider,
    ILogger<InboxCleanupJob> logger) : IBackgroundJob<InboxCleanupArgs>
{
    /// <summary>The recurring schedule's name.</summary>
    public const string ScheduleName = "EventBus.InboxCleanup";

    /// <summary>The schedule: daily at 03:45 UTC (cron: minute hour day-of-month month day-of-week).</summary>
    public const string Cron = "45 3 * * *";

    /// <inheritdoc/>
    public async Task ExecuteAsync(InboxCleanupArgs args, CancellationToken cancellationToken)
    {
        var cutoff = timeProvider.GetUtcNow().UtcDateTime - options.Value.InboxRetention;
        var deleted = 0;
        IReadOnlyList<Guid> tenants;
        string hostConnection;
        using (crossTenantAccessor.Begin("inbox cleanup"))
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            hostConnection = scope.ServiceProvider.GetRequiredService<IConnectionStringResolver>().Default;
            deleted += await DeleteOldAsync(scope.ServiceProvider, null, cutoff, cancellationToken);
            tenants = await (scope.ServiceProvider.GetService<IActiveTenantSource>()?.GetActiveTenantIdsAsync(cancellationToken) ?? Task.FromResult<IReadOnlyList<Guid>>([]));
        }

        foreach (var tenantId in tenants)
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            using var tenant = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId);
            if (await scope.ServiceProvider.GetRequiredService<IConnectionStringResolver>().ResolveAsync(tenantId, cancellationToken) != hostConnection)
            {
                deleted += await DeleteOldAsync(scope.ServiceProvider, tenantId, cutoff, cancellationToken);
            }
        }

        LogCleaned(logger, deleted);
    }

    private static async Task<int> DeleteOldAsync(IServiceProvider services, Guid? tenantId, DateTime cutoff, CancellationToken cancellationToken) =>
        await (await services.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextForTenantAsync(tenantId, cancellationToken))
            .Set<InboxMessage>().Where(m => m.ProcessedAt < cutoff).ExecuteDeleteAsync(cancellationToken);

    [LoggerMessage(EventId = 5220, Level = LogLevel.Information, Message = "Inbox cleanup deleted {Count} records")]
    private static partial void LogCleaned(ILogger logger, int count);
}
