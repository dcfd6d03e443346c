using FitSaaS.Framework.Caching;

namespace FitSaaS.PermissionManagement;

/// <summary>
/// A cached grant set. Host-wide cache item: its key starts with the subject's own tenant (<c>{tenantId:N|host}:{stamp}:…</c>),
/// which is not always the current tenant.
/// </summary>
/// <param name="Names">The granted permission names.</param>
[CacheName("FitSaaS.PermissionGrants", HostWide = true)]
public sealed record PermissionGrantCacheItem(string[] Names);
