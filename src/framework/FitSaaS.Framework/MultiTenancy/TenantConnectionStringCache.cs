namespace FitSaaS.Framework.MultiTenancy;

/// <summary>
/// The process's recently resolved tenant connection strings (for <see cref="MultiTenantConnectionStringResolver"/>), each
/// kept <see cref="TimeToLive"/> (1 s): a short in-process level in front of the shared tenant cache that never makes an
/// instance use an outdated value for longer than that. Values are secrets: held in memory only, never logged.
/// </summary>
public sealed class TenantConnectionStringCache(TimeProvider timeProvider)
{
    /// <summary>How long a resolved connection string is reused without asking the tenant store: 1 second.</summary>
    public static readonly TimeSpan TimeToLive = TimeSpan.FromSeconds(1);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, (string? ConnectionString, DateTimeOffset ExpiresAt)> _entries = new();

    /// <summary>The existing tenant's connection string (null = the shared database) when resolved less than <see cref="TimeToLive"/> ago.</summary>
    public bool TryGet(Guid tenantId, out string? connectionString)
    {
        if (_entries.TryGetValue(tenantId, out var entry) && entry.ExpiresAt > timeProvider.GetUtcNow())
        {
            connectionString = entry.ConnectionString;
            return true;
        }

        connectionString = null;
        return false;
    }

    /// <summary>Remembers a resolved connection string (null = the shared database) for <see cref="TimeToLive"/>.</summary>
    public void Set(Guid tenantId, string? connectionString)
    {
        var now = timeProvider.GetUtcNow();
        _entries[tenantId] = (connectionString, now + TimeToLive);
        if (_entries.Count > 1024)
        {
            foreach (var (key, value) in _entries)
            {
                if (value.ExpiresAt <= now)
                {
                    _entries.TryRemove(new KeyValuePair<Guid, (string?, DateTimeOffset)>(key, value));
                }
            }
        }
    }
}
