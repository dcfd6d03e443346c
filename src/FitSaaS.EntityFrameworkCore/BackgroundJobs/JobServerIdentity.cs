namespace FitSaaS.EntityFrameworkCore.BackgroundJobs;

/// <summary>
/// The name of this process's Hangfire job server (<c>{machine}-{process id}-{random}</c>, lower case). Hangfire registers the
/// server as <c>{name}:{guid}</c> and renews its heartbeat every 30 s; the readiness check finds this instance's server by
/// the name.
/// </summary>
public sealed class JobServerIdentity
{
    /// <summary>The server name given to Hangfire.</summary>
    public string ServerName { get; } =
        $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}".ToLowerInvariant();
}
