using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FitSaaS.Framework.MultiTenancy;

/// <summary>
/// Default <see cref="IConnectionStringResolver"/>: asks <see cref="ITenantStore"/> (cached) for the tenant's own connection
/// string, asynchronously, in the caller's scope. The store is resolved lazily because it reads the host database itself. The
/// answer is remembered for the scope (a request resolves a tenant once) and, per process, for at most
/// <see cref="TenantConnectionStringCache.TimeToLive"/> (1 s); a tenant's connection string change is seen within that second.
/// Nothing blocks (ADR 0036, superseding the blocking fallback of ADR 0026).
/// </summary>
public sealed class MultiTenantConnectionStringResolver(
    IServiceProvider services, IOptions<ConnectionStringOptions> options, TenantConnectionStringCache recent)
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
    public bool TryGetResolved(Guid? tenantId, out string connectionString) =>
        TryRemembered(tenantId, out connectionString) || !HasTenantStore;

    /// <inheritdoc/>
    public async Task<string> ResolveAsync(Guid? tenantId, CancellationToken cancellationToken = default)
    {
        if (TryRemembered(tenantId, out var known) || services.GetService<ITenantStore>() is not { } store)
        {
            return known;
        }

        return Remember(tenantId!.Value, await store.FindAsync(tenantId.Value, cancellationToken));
    }

    /// <summary>Without a tenant store (a kit used without tenant management) every tenant uses <see cref="Default"/>.</summary>
    private bool HasTenantStore => services.GetService<IServiceProviderIsService>()?.IsService(typeof(ITenantStore)) ?? services.GetService<ITenantStore>() is not null;

    /// <summary>
    /// The answer without asking the store (host, override, this scope, the last second); otherwise false and
    /// <see cref="Default"/> in <paramref name="connectionString"/>.
    /// </summary>
    private bool TryRemembered(Guid? tenantId, out string connectionString)
    {
        if (tenantId is not { } id)
        {
            connectionString = Default;
            return true;
        }

        if (_overrides.TryGetValue(id, out connectionString!) || _resolved.TryGetValue(id, out connectionString!))
        {
            return true;
        }

        if (recent.TryGet(id, out var recentlyResolved))
        {
            connectionString = _resolved[id] = recentlyResolved ?? Default;
            return true;
        }

        connectionString = Default;
        return false;
    }

    /// <inheritdoc/>
    public void Remember(TenantConfiguration tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        _ = Remember(tenant.Id, tenant);
    }

    private string Remember(Guid tenantId, TenantConfiguration? tenant)
    {
        if (tenant is null)
        {
            // Not (yet) a tenant: remember nothing, it may be created in a moment.
            return Default;
        }

        recent.Set(tenantId, tenant.ConnectionString);
        return _resolved[tenantId] = tenant.ConnectionString ?? Default;
    }
}
