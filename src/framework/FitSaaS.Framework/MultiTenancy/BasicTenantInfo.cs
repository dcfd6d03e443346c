namespace FitSaaS.Framework.MultiTenancy;

/// <summary>The tenant of the current async flow.</summary>
/// <param name="Id">Tenant id; null for the host.</param>
/// <param name="Name">Tenant name, when known.</param>
public sealed record BasicTenantInfo(Guid? Id, string? Name);
