using FitSaaS.Framework.BackgroundJobs;
using FitSaaS.Framework.Caching;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using FitSaaS.EntityFrameworkCore.BackgroundJobs;
using Hangfire;

namespace FitSaaS;

/// <summary>
/// The readiness checks of the distributed profile (tag <c>ready</c>, listed by <c>/health/ready</c>): Redis when
/// <c>Redis:Configuration</c> is set (AspNetCore.HealthChecks.Redis on the shared <see cref="IConnectionMultiplexer"/>: PING,
/// or the cluster state), and the Hangfire job server.
/// </summary>
internal static class ReadinessChecks
{
    /// <summary>The tag of the checks <c>/health/ready</c> runs.</summary>
    public const string Tag = "ready";

    /// <summary>How long the Redis check may take: 2 s (a disconnected multiplexer fails it at once).</summary>
    public static readonly TimeSpan RedisTimeout = TimeSpan.FromSeconds(2);

    public static IHealthChecksBuilder AddDistributedReadinessChecks(this IHealthChecksBuilder builder, IConfiguration configuration)
    {
        if (!string.IsNullOrWhiteSpace(configuration[CachingServiceCollectionExtensions.RedisConfigurationKey]))
        {
            // A failure is reported with its exception, which the writer reduces to its type name (no address, no password).
            builder.AddRedis(sp => sp.GetRequiredService<IConnectionMultiplexer>(), "redis", tags: [Tag], timeout: RedisTimeout);
        }

        return builder.AddCheck<JobServerHealthCheck>("scheduler", tags: [Tag]);
    }
}

/// <summary>
/// Healthy when this instance's Hangfire job server is registered in the job store and heartbeating (last heartbeat within
/// <see cref="MaxHeartbeatAge"/>; Hangfire renews it every 30 s), or when job execution is disabled on this instance
/// (<c>BackgroundJobs:IsJobExecutionEnabled</c> = false); unhealthy otherwise. Right after start-up it waits up to
/// <see cref="StartupWait"/> for the server to announce itself. Data: this server's name and the number of heartbeating
/// servers of the cluster.
/// </summary>
internal sealed class JobServerHealthCheck(IServiceProvider services, IOptions<BackgroundJobOptions> options, JobServerIdentity identity) : IHealthCheck
{
    public static readonly TimeSpan MaxHeartbeatAge = TimeSpan.FromSeconds(90);

    public static readonly TimeSpan StartupWait = TimeSpan.FromSeconds(10);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!options.Value.IsJobExecutionEnabled)
        {
            return HealthCheckResult.Healthy("Job execution is disabled on this instance (BackgroundJobs:IsJobExecutionEnabled = false).");
        }

        var monitoring = services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var deadline = DateTime.UtcNow + StartupWait;
        while (true)
        {
            // Hangfire's monitoring API is synchronous (one query).
            var servers = await Task.Run(monitoring.Servers, cancellationToken);
            var now = DateTime.UtcNow;
            var alive = servers.Count(server => server.Heartbeat is { } beat && now - beat <= MaxHeartbeatAge);
            var own = servers.FirstOrDefault(server => server.Name.StartsWith(identity.ServerName + ":", StringComparison.Ordinal));
            var data = new Dictionary<string, object> { ["serverName"] = identity.ServerName, ["heartbeatingServers"] = alive };
            if (own?.Heartbeat is { } heartbeat && now - heartbeat <= MaxHeartbeatAge)
            {
                return HealthCheckResult.Healthy("The job server is heartbeating.", data);
            }

            if (now >= deadline)
            {
                return own is null
                    ? HealthCheckResult.Unhealthy("The job server of this instance is not registered in the job store.", data: data)
                    : HealthCheckResult.Unhealthy($"The job server's last heartbeat is older than {MaxHeartbeatAge.TotalSeconds:0} s.", data: data);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
    }
}
