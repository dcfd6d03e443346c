using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using OpenIddict.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Identity;

/// <summary>
/// OpenIddict's EF Core token store on <see cref="OAuthToken"/>. OpenIddict validates tokens before the tenant is
/// resolved (and a refresh or revocation request needs no <c>__tenant</c>), so lookups by unguessable identifiers,
/// updates of a found token, revocation of a family and pruning run in an audited cross-tenant scope (ADR 0015);
/// new tokens are written in the tenant the token endpoint signs in to.
/// </summary>
public sealed class OAuthTokenStore(IMemoryCache cache, IOpenIddictEntityFrameworkCoreContext context, IOptionsMonitor<OpenIddictEntityFrameworkCoreOptions> options, ICrossTenantAccessor crossTenant)
    : OpenIddictEntityFrameworkCoreTokenStore<OAuthToken, OAuthApplication, OAuthAuthorization, Guid>(cache, context, options)
{
    private const string Reason = "Token server: token entries by id (the row names its tenant)";

    /// <inheritdoc/>
    public override ValueTask<OAuthToken?> FindByIdAsync(string identifier, CancellationToken cancellationToken) =>
        crossTenant.RunAsync(Reason, () => base.FindByIdAsync(identifier, cancellationToken));

    /// <inheritdoc/>
    public override ValueTask<OAuthToken?> FindByReferenceIdAsync(string identifier, CancellationToken cancellationToken) =>
        crossTenant.RunAsync(Reason, () => base.FindByReferenceIdAsync(identifier, cancellationToken));

    /// <inheritdoc/>
    public override ValueTask<string?> GetApplicationIdAsync(OAuthToken token, CancellationToken cancellationToken) =>
        crossTenant.RunAsync(Reason, () => base.GetApplicationIdAsync(token, cancellationToken));

    /// <inheritdoc/>
    public override ValueTask<string?> GetAuthorizationIdAsync(OAuthToken token, CancellationToken cancellationToken) =>
        crossTenant.RunAsync(Reason, () => base.GetAuthorizationIdAsync(token, cancellationToken));

    /// <inheritdoc/>
    public override ValueTask UpdateAsync(OAuthToken token, CancellationToken cancellationToken) =>
        crossTenant.RunAsync(Reason, () => base.UpdateAsync(token, cancellationToken));

    /// <inheritdoc/>
    public override ValueTask<long> RevokeByAuthorizationIdAsync(string identifier, CancellationToken cancellationToken) =>
        crossTenant.RunAsync(Reason, () => base.RevokeByAuthorizationIdAsync(identifier, cancellationToken));

    /// <inheritdoc/>
    public override IAsyncEnumerable<OAuthToken> FindByAuthorizationIdAsync(string identifier, CancellationToken cancellationToken) =>
        crossTenant.RunAsync(Reason, () => base.FindByAuthorizationIdAsync(identifier, cancellationToken), cancellationToken);

    /// <inheritdoc/>
    public override ValueTask<long> PruneAsync(DateTimeOffset threshold, CancellationToken cancellationToken) =>
        crossTenant.RunAsync("Token server: pruning expired and used tokens of every tenant", () => base.PruneAsync(threshold, cancellationToken));
}
