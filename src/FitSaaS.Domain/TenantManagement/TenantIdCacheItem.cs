using FitSaaS.Framework.Caching;

namespace FitSaaS.TenantManagement;

/// <summary>The id of the tenant with a name or custom domain (null = none); host data.</summary>
/// <param name="TenantId">The tenant's id, or null.</param>
[CacheName("FitSaaS.TenantIds", HostWide = true)]
public sealed record TenantIdCacheItem(Guid? TenantId);
