using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using OpenIddict.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Identity;

/// <summary>
/// OpenIddict's EF Core application store on <see cref="OAuthApplication"/>. Clients authenticate before the tenant is
/// resolved and <c>client_id</c> is unique across tenants, so lookups by client id, id and redirect URI cross tenants;
/// listing, creating, changing and deleting stay in the current tenant (the client-management API).
/// </summary>
public sealed class OAuthApplicationStore(IMemoryCache cache, IOpenIddictEntityFrameworkCoreContext context, IOptionsMonitor<OpenIddictEntityFrameworkCoreOptions> options, ICrossTenantAccessor crossTenant)
    : OpenIddictEntityFrameworkCoreApplicationStore<OAuthApplication, OAuthAuthorization, OAuthToken, Guid>(cache, context, options)
{
    private const string Reason = "Token server: client lookup (client ids are unique across tenants)";

    /// <inheritdoc/>
    public override ValueTask<OAuthApplication?> FindByClientIdAsync(string identifier, CancellationToken cancellationToken) =>
        crossTenant.RunAsync(Reason, () => base.FindByClientIdAsync(identifier, cancellationToken));

    /// <inheritdoc/>
    public override ValueTask<OAuthApplication?> FindByIdAsync(string identifier, CancellationToken cancellationToken) =>
        crossTenant.RunAsync(Reason, () => base.FindByIdAsync(identifier, cancellationToken));

    // OpenIddict may re-hash a client's secret while authenticating it, before the tenant is known.
    /// <inheritdoc/>
    public override ValueTask UpdateAsync(OAuthApplication application, CancellationToken cancellationToken) =>
        crossTenant.RunAsync(Reason, () => base.UpdateAsync(application, cancellationToken));

    /// <inheritdoc/>
    public override IAsyncEnumerable<OAuthApplication> FindByRedirectUriAsync(string uri, CancellationToken cancellationToken) =>
        crossTenant.RunAsync(Reason, () => base.FindByRedirectUriAsync(uri, cancellationToken), cancellationToken);

    /// <inheritdoc/>
    public override IAsyncEnumerable<OAuthApplication> FindByPostLogoutRedirectUriAsync(string uri, CancellationToken cancellationToken) =>
        crossTenant.RunAsync(Reason, () => base.FindByPostLogoutRedirectUriAsync(uri, cancellationToken), cancellationToken);
}
