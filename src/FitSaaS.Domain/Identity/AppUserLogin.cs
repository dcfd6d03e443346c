using FitSaaS.Framework.MultiTenancy;
using Microsoft.AspNetCore.Identity;

namespace FitSaaS.Identity;

/// <summary>An external login of a user.</summary>
public sealed class AppUserLogin : IdentityUserLogin<Guid>, IMultiTenant
{
    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }
}
