using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FitSaaS.Framework.MultiTenancy;

/// <summary>
/// Picks the database connection string (ABP's <c>IConnectionStringResolver</c>): the tenant's own database
/// when it has one, else the default (host, shared) database.
/// </summary>
public interface IConnectionStringResolver
{
    /// <summary>The host (shared) database's connection string.</summary>
    string Default { get; }

    /// <summary>The connection string for <paramref name="tenantId"/> (null = host): its own database, or <see cref="Default"/>.</summary>
    /// <remarks>Synchronous because EF Core contexts are handed out synchronously; the lookup is cached by <see cref="ITenantStore"/>.</remarks>
    string Resolve(Guid? tenantId);
}

/// <summary>Connection strings of the kit (bound by the EF Core layer).</summary>
public sealed class ConnectionStringOptions
{
    /// <summary>The host (shared) database; required.</summary>
    public string Default { get; set; } = string.Empty;
}

/// <summary>
/// Default <see cref="IConnectionStringResolver"/>: asks <see cref="ITenantStore"/> (cached) for the tenant's own connection
/// string. The store is resolved lazily because it reads the host database itself. Because EF Core asks synchronously, the
/// answer is remembered for the scope (a request resolves a tenant once) and, per process, for at most
/// <see cref="TenantConnectionStringCache.TimeToLive"/> (1 s), so the blocking call to the store (and through it to Redis)
/// happens at most once a second per tenant and instance; a tenant's connection string change is seen within that second.
/// </summary>
public sealed class MultiTenantConnectionStringResolver(IServiceProvider services, IOptions<ConnectionStringOptions> options, TenantConnectionStringCache recent)
    : IConnectionStringResolver
{
    private readonly Dictionary<Guid, string> _overrides = [];
    private readonly Dictionary<Guid, string> _resolved = [];

    /// <inheritdoc/>
    public string Default => options.Value.Default;

    /// <summary>
    /// Uses <paramref name="connectionString"/> for <paramref name="tenantId"/> in this scope, before the tenant row is
    /// committed (creating a tenant with its own database migrates and seeds it in a fresh scope).
    /// </summary>
    public void UseForTenant(Guid tenantId, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _overrides[tenantId] = connectionString;
    }

    /// <inheritdoc/>
    public string Resolve(Guid? tenantId)
    {
        if (tenantId is not { } id)
        {
            return Default;
        }

        if (_overrides.TryGetValue(id, out var overridden))
        {
            return overridden;
        }

        if (_resolved.TryGetValue(id, out var resolved))
        {
            return resolved;
        }

        var store = services.GetService<ITenantStore>();
        if (store is null)
        {
            return Default;
        }

        if (!recent.TryGet(id, out var connectionString))
        {
            // Blocking (EF Core asks synchronously) on the caller's thread: the lookup may use this scope's host DbContext
            // and unit of work, so it must not move to another thread. The L1 above makes this rare.
            var tenant = store.FindAsync(id).GetAwaiter().GetResult();
            if (tenant is null)
            {
                // Not (yet) a tenant: remember nothing, it may be created in a moment.
                return Default;
            }

            connectionString = tenant.ConnectionString;
            recent.Set(id, connectionString);
        }

        return _resolved[id] = connectionString ?? Default;
    }
}

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
