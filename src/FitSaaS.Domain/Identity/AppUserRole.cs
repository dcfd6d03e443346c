using FitSaaS.Framework.Auditing;
using FitSaaS.Framework.MultiTenancy;
using Microsoft.AspNetCore.Identity;

namespace FitSaaS.Identity;

/// <summary>User–role link, tenant-stamped so the tenant filter applies to it as well.</summary>
[Audited]
public sealed class AppUserRole : IdentityUserRole<Guid>, IMultiTenant
{
    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }
}
