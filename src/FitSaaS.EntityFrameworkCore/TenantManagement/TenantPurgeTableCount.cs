namespace FitSaaS.EntityFrameworkCore.TenantManagement;

/// <summary>Rows of one table that a purge erases (or would erase).</summary>
/// <param name="Database"><c>host</c> or <c>tenant</c> (the tenant's own database).</param>
/// <param name="Table">Table name.</param>
/// <param name="Rows">Row count.</param>
public sealed record TenantPurgeTableCount(string Database, string Table, long Rows);
