using FitSaaS.Framework.Data;

namespace FitSaaS.Framework.MultiTenancy;

/// <summary>
/// The one explicit, audited way for host code to read or write rows of several tenants at once. A scope
/// switches the EF tenant filter off (<see cref="IDataFilter"/>) and, on PostgreSQL, sets the row-level-security
/// bypass for the async flow; it is logged (reason, user, tenant) and recorded as an action of the current
/// audit entry when there is one. Plain <c>IDataFilter.Disable&lt;IMultiTenant&gt;()</c> or
/// <c>IgnoreQueryFilters()</c> only lift the EF filter: row-level security still applies to them.
/// </summary>
public interface ICrossTenantAccessor
{
    /// <summary>True while a cross-tenant scope is open in this async flow.</summary>
    bool IsActive { get; }

    /// <summary>The reason of the innermost open scope, or null.</summary>
    string? CurrentReason { get; }

    /// <summary>
    /// Opens a cross-tenant scope until the returned value is disposed. Keep it short: only the code that
    /// must cross tenants belongs inside.
    /// </summary>
    /// <param name="reason">Why tenants are crossed (logged and audited), e.g. <c>"Token endpoint: refresh token lookup"</c>; required, not blank.</param>
    /// <exception cref="ArgumentException">The reason is blank.</exception>
    IDisposable Begin(string reason);
}
