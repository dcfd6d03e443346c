using FitSaaS.Framework.MultiTenancy;
using Microsoft.AspNetCore.Identity;

namespace FitSaaS.Identity;

/// <summary>A claim of a role.</summary>
public sealed class AppRoleClaim : IdentityRoleClaim<Guid>, IMultiTenant
{
    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }
}
