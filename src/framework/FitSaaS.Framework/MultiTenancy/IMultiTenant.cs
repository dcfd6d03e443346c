namespace FitSaaS.Framework.MultiTenancy;

/// <summary>
/// A tenant-owned entity. The persistence layer sets <see cref="TenantId"/> on insert from
/// <see cref="ICurrentTenant"/> and a global query filter shows only the current tenant's rows
/// (host: rows with a null tenant).
/// </summary>
public interface IMultiTenant
{
    /// <summary>The owning tenant; null for host-owned rows.</summary>
    Guid? TenantId { get; }
}
