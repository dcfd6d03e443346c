using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using OpenIddict.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Identity;

/// <summary>
/// OpenIddict's EF Core authorization store on <see cref="OAuthAuthorization"/>; lookups by id, updates and pruning
/// cross tenants for the same reason as <see cref="OAuthTokenStore"/>.
/// </summary>
public sealed class OAuthAuthorizationStore(IMemoryCache cache, IOpenIddictEntityFrameworkCoreContext context, IOptionsMonitor<OpenIddictEntityFrameworkCoreOptions> options, ICrossTenantAccessor crossTenant)
    : OpenIddictEntityFrameworkCoreAuthorizationStore<OAuthAuthorization, OAuthApplication, OAuthToken, Guid>(cache, context, options)
{
    private const string Reason = "Token server: authorization entries by id (the row names its tenant)";

    /// <inheritdoc/>
    public override ValueTask<OAuthAuthorization?> FindByIdAsync(string identifier, CancellationToken cancellationToken) =>
        crossTenant.RunAsync(Reason, () => base.FindByIdAsync(identifier, cancellationToken));

    /// <inheritdoc/>
    public override ValueTask<string?> GetApplicationIdAsync(OAuthAuthorization authorization, CancellationToken cancellationToken) =>
        crossTenant.RunAsync(Reason, () => base.GetApplicationIdAsync(authorization, cancellationToken));

    /// <inheritdoc/>
    public override ValueTask UpdateAsync(OAuthAuthorization authorization, CancellationToken cancellationToken) =>
        crossTenant.RunAsync(Reason, () => base.UpdateAsync(authorization, cancellationToken));

    /// <inheritdoc/>
    public override ValueTask<long> PruneAsync(DateTimeOffset threshold, CancellationToken cancellationToken) =>
        crossTenant.RunAsync("Token server: pruning expired and revoked authorizations of every tenant", () => base.PruneAsync(threshold, cancellationToken));
}
