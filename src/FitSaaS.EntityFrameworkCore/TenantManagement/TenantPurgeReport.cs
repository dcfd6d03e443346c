namespace FitSaaS.EntityFrameworkCore.TenantManagement;

/// <summary>What a purge of one tenant covers.</summary>
/// <param name="TenantId">Tenant id.</param>
/// <param name="TenantName">Tenant name.</param>
/// <param name="HasOwnDatabase">True when the tenant has its own database.</param>
/// <param name="DatabaseDropped">True when the purge dropped the tenant's own database.</param>
/// <param name="Tables">Rows per table, children before parents.</param>
public sealed record TenantPurgeReport(Guid TenantId, string TenantName, bool HasOwnDatabase, bool DatabaseDropped, IReadOnlyList<TenantPurgeTableCount> Tables);
