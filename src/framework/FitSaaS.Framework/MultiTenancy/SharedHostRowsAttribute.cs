namespace FitSaaS.Framework.MultiTenancy;

/// <summary>
/// Marks an <see cref="IMultiTenant"/> entity whose host rows (<c>TenantId</c> null) every tenant may read, e.g.
/// the global exercise library. Tenants still never write host rows: on PostgreSQL the row-level-security policy
/// lets them SELECT such rows only; inserts, updates and deletes stay limited to their own rows.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class SharedHostRowsAttribute : Attribute;
