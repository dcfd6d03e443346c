using FitSaaS.Framework.MultiTenancy;
using OpenIddict.EntityFrameworkCore.Models;

namespace FitSaaS.Identity;

/// <summary>
/// An OAuth 2.0 / OpenID Connect client of the token server (OpenIddict's application entity). Host
/// clients have no tenant; a tenant's machine clients belong to it and their tokens act in that tenant.
/// <c>ClientId</c> is unique across tenants; a confidential client's secret is stored only as OpenIddict's
/// PBKDF2 hash. Always in the host database; tenant rows are guarded by the tenant filter and row-level security.
/// </summary>
[HostDatabase]
public sealed class OAuthApplication : OpenIddictEntityFrameworkCoreApplication<Guid, OAuthAuthorization, OAuthToken>, IMultiTenant
{
    /// <inheritdoc/>
    public Guid? TenantId { get; set; }
}
