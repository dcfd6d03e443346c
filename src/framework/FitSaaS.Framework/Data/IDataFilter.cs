namespace FitSaaS.Framework.Data;

/// <summary>
/// Switches global data filters (<c>IMultiTenant</c>, <c>ISoftDelete</c>) on and off for the current
/// async flow. Filters are on by default. Disabling the tenant filter lifts only the EF Core filter: on
/// PostgreSQL, row-level security still limits the rows to the current tenant. Host code that must cross
/// tenants on purpose uses <see cref="MultiTenancy.ICrossTenantAccessor"/> (audited, lifts both).
/// </summary>
public interface IDataFilter
{
    /// <summary>Disables the filter until the returned scope is disposed.</summary>
    IDisposable Disable<TFilter>()
        where TFilter : class;

    /// <summary>Re-enables the filter until the returned scope is disposed.</summary>
    IDisposable Enable<TFilter>()
        where TFilter : class;

    /// <summary>True when the filter applies now.</summary>
    bool IsEnabled<TFilter>()
        where TFilter : class;
}
