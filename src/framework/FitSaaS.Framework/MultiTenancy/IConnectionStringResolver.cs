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
/// Default <see cref="IConnectionStringResolver"/>: asks <see cref="ITenantStore"/> (cached) for the tenant's
/// own connection string. The store is resolved lazily because it reads the host database itself.
/// </summary>
public sealed class MultiTenantConnectionStringResolver(IServiceProvider services, IOptions<ConnectionStringOptions> options) : IConnectionStringResolver
{
    private readonly Dictionary<Guid, string> _overrides = [];

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

        var store = services.GetService<ITenantStore>();
        if (store is null)
        {
            return Default;
        }

        // No synchronization context in ASP.NET Core or the migrator; the store answers from its cache almost always.
        var tenant = store.FindAsync(id).GetAwaiter().GetResult();
        return tenant?.ConnectionString ?? Default;
    }
}
