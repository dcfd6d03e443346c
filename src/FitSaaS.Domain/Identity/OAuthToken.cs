using FitSaaS.Framework.MultiTenancy;
using OpenIddict.EntityFrameworkCore.Models;

namespace FitSaaS.Identity;

/// <summary>
/// A token entry of the token server (OpenIddict's entity): access and refresh tokens, authorization
/// codes, with their status (valid, redeemed, revoked). Owned by the tenant it was issued in (null = host);
/// always in the host database.
/// </summary>
[HostDatabase]
public sealed class OAuthToken : OpenIddictEntityFrameworkCoreToken<Guid, OAuthApplication, OAuthAuthorization>, IMultiTenant
{
    /// <inheritdoc/>
    public Guid? TenantId { get; set; }
}
