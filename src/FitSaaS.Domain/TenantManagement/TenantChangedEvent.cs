namespace FitSaaS.TenantManagement;

/// <summary>A tenant was created, renamed, (de)activated or deleted; <paramref name="Name"/> is the name to forget in caches.</summary>
public sealed record TenantChangedEvent(Guid TenantId, string Name);
