using FitSaaS.Framework.MultiTenancy;
using Microsoft.AspNetCore.Identity;

namespace FitSaaS.Identity;

/// <summary>An authentication token of a user (e.g. authenticator keys).</summary>
public sealed class AppUserToken : IdentityUserToken<Guid>, IMultiTenant
{
    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }
}
