using FitSaaS.Framework.MultiTenancy;
using OpenIddict.EntityFrameworkCore.Models;

namespace FitSaaS.Identity;

/// <summary>
/// An authorization of the token server (OpenIddict's entity): every sign-in that yields a refresh token
/// or authorization code gets one, so its tokens form a family that is revoked together. Owned by the
/// signed-in user's tenant (null = host); always in the host database.
/// </summary>
[HostDatabase]
public sealed class OAuthAuthorization : OpenIddictEntityFrameworkCoreAuthorization<Guid, OAuthApplication, OAuthToken>, IMultiTenant
{
    /// <inheritdoc/>
    public Guid? TenantId { get; set; }
}
