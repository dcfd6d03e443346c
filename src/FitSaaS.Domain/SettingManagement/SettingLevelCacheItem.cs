using FitSaaS.Framework.Caching;

namespace FitSaaS.SettingManagement;

/// <summary>
/// The cached values of one setting level as stored in the database (encrypted ones still encrypted). Host-wide cache item:
/// the key (<see cref="SettingStore.CacheKey"/>) carries the level's own tenant, which is not always the current tenant
/// (a host administrator reading a tenant's level).
/// </summary>
/// <param name="StoredValues">Stored value by setting name.</param>
[CacheName("FitSaaS.Settings", HostWide = true)]
public sealed record SettingLevelCacheItem(Dictionary<string, string> StoredValues);
