using FitSaaS.Framework.Caching;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.TenantManagement;

/// <summary>A cached tenant lookup (connection string still encrypted); host data. <see cref="Tenant"/> null = no such tenant.</summary>
/// <param name="Tenant">The tenant's resolution data, or null.</param>
[CacheName("FitSaaS.Tenants", HostWide = true)]
public sealed record TenantCacheItem(TenantConfiguration? Tenant);
