using FitSaaS.Framework.Caching;

namespace FitSaaS.FeatureManagement;

/// <summary>
/// A cached <see cref="TenantFeatureSnapshot"/>. Host-wide cache item: its key carries the snapshot's own tenant, which is
/// not always the current tenant (a host administrator reading a tenant's features).
/// </summary>
/// <param name="Snapshot">The snapshot.</param>
[CacheName("FitSaaS.FeatureValues", HostWide = true)]
public sealed record TenantFeatureCacheItem(TenantFeatureSnapshot Snapshot);
