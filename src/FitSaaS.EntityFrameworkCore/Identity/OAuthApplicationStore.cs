using System.Runtime.CompilerServices;
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
    public override async ValueTask<OAuthApplication?> FindByClientIdAsync(string identifier, CancellationToken cancellationToken)
    {
        using (crossTenant.Begin(Reason))
        {
            return await base.FindByClientIdAsync(identifier, cancellationToken);
        }
    }

    /// <inheritdoc/>
    public override async ValueTask<OAuthApplication?> FindByIdAsync(string identifier, CancellationToken cancellationToken)
    {
        using (crossTenant.Begin(Reason))
        {
            return await base.FindByIdAsync(identifier, cancellationToken);
        }
    }

    /// <inheritdoc/>
    public override async ValueTask UpdateAsync(OAuthApplication application, CancellationToken cancellationToken)
    {
        // OpenIddict may re-hash a client's secret while authenticating it, before the tenant is known.
        using (crossTenant.Begin(Reason))
        {
            await base.UpdateAsync(application, cancellationToken);
        }
    }

    /// <inheritdoc/>
    public override async IAsyncEnumerable<OAuthApplication> FindByRedirectUriAsync(string uri, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        List<OAuthApplication> found = [];
        using (crossTenant.Begin(Reason))
        {
            await foreach (var application in base.FindByRedirectUriAsync(uri, cancellationToken))
            {
                found.Add(application);
            }
        }

        foreach (var application in found)
        {
            yield return application;
        }
    }

    /// <inheritdoc/>
    public override async IAsyncEnumerable<OAuthApplication> FindByPostLogoutRedirectUriAsync(string uri, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        List<OAuthApplication> found = [];
        using (crossTenant.Begin(Reason))
        {
            await foreach (var application in base.FindByPostLogoutRedirectUriAsync(uri, cancellationToken))
            {
                found.Add(application);
            }
        }

        foreach (var application in found)
        {
            yield return application;
        }
    }
}
