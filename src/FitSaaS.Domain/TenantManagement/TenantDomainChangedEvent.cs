namespace FitSaaS.TenantManagement;

/// <summary>A custom domain was added to or removed from a tenant; caches forget the host name.</summary>
public sealed record TenantDomainChangedEvent(Guid TenantId, string HostName);
