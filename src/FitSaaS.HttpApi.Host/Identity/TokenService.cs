using System.Security.Claims;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using FitSaaS.Framework.Users;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace FitSaaS.Identity;

/// <summary>
/// Decides who signs in at the token endpoint (OpenIddict's pass-through mode): OpenIddict has already checked the
/// request, the client (secret, permitted grant types and scopes) and, for a refresh, the token (signature, expiry,
/// rotation and reuse); this adds the tenant (<c>__tenant</c> header, name or id: users of that tenant only), lockout
/// from the tenant's settings, deactivated tenants and users, and a refresh token's security stamp (a password change
/// or lock ends it). It builds the principal with the kit's claims (<c>sub</c>, <c>name</c>, <c>email</c>,
/// <c>role</c>, <c>tenantid</c>; OpenIddict adds <c>client_id</c>) and signs in within the user's tenant, so the
/// token entries are that tenant's.
/// </summary>
internal sealed class TokenService(
    IServiceScopeFactory scopeFactory,
    ICurrentTenant currentTenant,
    ITenantStore tenantStore,
    IOpenIddictApplicationManager applications,
    Microsoft.Extensions.Options.IOptions<TokenServerOptions> options)
{
    /// <summary>Private claim (kept in refresh tokens and codes only) with the user's security stamp at sign-in.</summary>
    public const string SecurityStampClaim = "fitsaas_security_stamp";

    private const string WrongCredentials = "The user name or password is incorrect.";

    public async Task<IResult> PasswordGrantAsync(HttpContext context, OpenIddictRequest request)
    {
        if (string.IsNullOrEmpty(request.Username) || string.IsNullOrEmpty(request.Password))
        {
            return await ForbidAsync(context, Errors.InvalidRequest, "username and password are required.");
        }

        // The tenant comes from the __tenant header (resolved by the multi-tenancy middleware); no tenant = host users.
        var principal = await SignInUserAsync(request.Username, request.Password, context.RequestAborted);
        if (principal.Error is not null)
        {
            return await ForbidAsync(context, Errors.InvalidGrant, principal.Error);
        }

        var user = principal.Principal!;
        user.SetScopes(request.GetScopes().Union([IdentityConsts.ApiScope, Scopes.OfflineAccess], StringComparer.Ordinal));
        return await SignInAsync(context, user, currentTenant.Id);
    }

    /// <summary>Checks a user's name and password in the current tenant (lockout per the tenant's settings); the principal or an error.</summary>
    public async Task<(ClaimsPrincipal? Principal, string? Error)> SignInUserAsync(string userName, string password, CancellationToken cancellationToken)
    {
        if (currentTenant.Id is { } tenantId && await tenantStore.FindAsync(tenantId, cancellationToken) is not { IsActive: true })
        {
            return (null, WrongCredentials);
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var userManager = services.GetRequiredService<UserManager<AppUser>>();
        await using var unitOfWork = await services.GetRequiredService<IUnitOfWorkManager>().BeginAsync(cancellationToken: cancellationToken);
        await services.GetRequiredService<IdentitySettingsApplier>().ApplyLockoutAsync(userManager);
        var user = await userManager.FindByNameAsync(userName);
        if (user is null || !user.IsActive)
        {
            return (null, WrongCredentials);
        }

        if (await userManager.IsLockedOutAsync(user))
        {
            return (null, "The account is locked out; try again later.");
        }

        if (!await userManager.CheckPasswordAsync(user, password))
        {
            await userManager.AccessFailedAsync(user);
            await unitOfWork.CompleteAsync(cancellationToken);
            return (null, WrongCredentials);
        }

        await userManager.ResetAccessFailedCountAsync(user);
        var principal = await CreatePrincipalAsync(userManager, user);
        await unitOfWork.CompleteAsync(cancellationToken);
        return (principal, null);
    }

    /// <summary>
    /// <c>grant_type=refresh_token</c> and <c>grant_type=authorization_code</c>: OpenIddict validated the refresh token or the
    /// code (signature, expiry, client, redirect URI, PKCE verifier; a code or refresh token used before revokes its family);
    /// this checks that the user may still sign in and issues tokens with fresh claims in the same authorization.
    /// </summary>
    public async Task<IResult> StoredPrincipalGrantAsync(HttpContext context)
    {
        var stored = (await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
        if (stored is null)
        {
            return await ForbidAsync(context, Errors.InvalidGrant, "The grant is invalid.");
        }

        var tokenTenant = Guid.TryParse(stored.GetClaim(FitSaaSClaimTypes.TenantId), out var parsed) ? parsed : (Guid?)null;
        if (currentTenant.IsAvailable && currentTenant.Id != tokenTenant)
        {
            return await ForbidAsync(context, Errors.InvalidGrant, "The grant is invalid.");
        }

        // A request without a __tenant header runs as the host: check the grant's tenant is still there and active.
        if (tokenTenant is { } tenantId && await tenantStore.FindAsync(tenantId, context.RequestAborted) is not { IsActive: true })
        {
            return await ForbidAsync(context, Errors.InvalidGrant, "The grant's tenant is inactive or deleted.");
        }

        var principal = await ReloadUserAsync(stored, context.RequestAborted);
        if (principal is null)
        {
            return await ForbidAsync(context, Errors.InvalidGrant, "The grant is no longer valid for this user.");
        }

        // Fresh claims (roles may have changed); the same authorization keeps the rotated tokens one family.
        principal.SetScopes(stored.GetScopes());
        principal.SetAuthorizationId(stored.GetAuthorizationId());
        return await SignInAsync(context, principal, tokenTenant);
    }

    /// <summary>
    /// The principal of the user named by <paramref name="stored"/> (<c>sub</c>, <c>tenantid</c>) with fresh claims, or null
    /// when that user is gone, deactivated, locked or has a new security stamp (password change) since <paramref name="stored"/>
    /// was issued. The tenant's activity is the caller's to check.
    /// </summary>
    public Task<ClaimsPrincipal?> ReloadUserAsync(ClaimsPrincipal stored, CancellationToken cancellationToken) =>
        WithSignInableUserAsync<ClaimsPrincipal?>(stored, static async (userManager, user) =>
            user is null ? null : await CreatePrincipalAsync(userManager, user), cancellationToken);

    /// <summary>True while the user named by <paramref name="stored"/> may still sign in (the checks of <see cref="ReloadUserAsync"/>, without building claims).</summary>
    public Task<bool> IsUserStillValidAsync(ClaimsPrincipal stored, CancellationToken cancellationToken) =>
        WithSignInableUserAsync(stored, static (_, user) => Task.FromResult(user is not null), cancellationToken);

    /// <summary>
    /// Finds the user of <paramref name="stored"/> in their tenant (the tenant's connection string resolved asynchronously first)
    /// and passes it to <paramref name="use"/>, or null when it may no longer sign in.
    /// </summary>
    private async Task<T> WithSignInableUserAsync<T>(ClaimsPrincipal stored, Func<UserManager<AppUser>, AppUser?, Task<T>> use, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var tenantId = Guid.TryParse(stored.GetClaim(FitSaaSClaimTypes.TenantId), out var parsed) ? parsed : (Guid?)null;
        using (currentTenant.Change(tenantId))
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            if (tenantId is { } id && scope.ServiceProvider.GetService<IConnectionStringResolver>() is { } connectionStrings)
            {
                // Before the user store takes its DbContext (synchronously), so that never blocks on the tenant store.
                await connectionStrings.ResolveAsync(id, cancellationToken);
            }

            var userManager = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = await userManager.FindByIdAsync(stored.GetClaim(Claims.Subject) ?? string.Empty);
            var valid = user is { IsActive: true } && user.TenantId == tenantId &&
                        user.SecurityStamp == stored.GetClaim(SecurityStampClaim) && !await userManager.IsLockedOutAsync(user);
            return await use(userManager, valid ? user : null);
        }
    }

    /// <summary>
    /// <c>grant_type=client_credentials</c>: a confidential client (authenticated by OpenIddict) gets an access token
    /// acting in its own tenant with its own permission grants; its <c>sub</c> is its client id.
    /// </summary>
    public async Task<IResult> ClientCredentialsGrantAsync(HttpContext context, OpenIddictRequest request)
    {
        if (await applications.FindByClientIdAsync(request.ClientId!, context.RequestAborted) is not OAuthApplication client)
        {
            return await ForbidAsync(context, Errors.InvalidClient, "Unknown client.");
        }

        if (currentTenant.IsAvailable && currentTenant.Id != client.TenantId)
        {
            return await ForbidAsync(context, Errors.InvalidClient, "The client does not belong to the requested tenant.");
        }

        if (client.TenantId is { } clientTenantId && await tenantStore.FindAsync(clientTenantId, context.RequestAborted) is not { IsActive: true })
        {
            return await ForbidAsync(context, Errors.InvalidClient, "The client's tenant is inactive or deleted.");
        }

        var identity = NewIdentity();
        identity.SetClaim(Claims.Subject, client.ClientId).SetClaim(Claims.Name, client.ClientId);
        if (client.TenantId is { } tenantId)
        {
            identity.SetClaim(FitSaaSClaimTypes.TenantId, tenantId.ToString());
        }

        var principal = new ClaimsPrincipal(identity);
        var requested = request.GetScopes();
        principal.SetScopes(requested.IsDefaultOrEmpty
            ? OAuthClientDescriptors.ScopesOf(await applications.GetPermissionsAsync(client, context.RequestAborted))
            : requested);
        return await SignInAsync(context, principal, client.TenantId);
    }

    /// <summary>Answers the token request with an OAuth error (<c>invalid_client</c> is 401, others 400).</summary>
    public static async Task<IResult> ForbidAsync(HttpContext context, string error, string description)
    {
        var properties = new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        });
        await context.ForbidAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, properties);
        return Results.Empty;
    }

    /// <summary>Signs <paramref name="principal"/> in with OpenIddict (token or authorization response) within <paramref name="tenantId"/>.</summary>
    public async Task<IResult> SignInAsync(HttpContext context, ClaimsPrincipal principal, Guid? tenantId)
    {
        principal.SetResources(options.Value.Audience);
        principal.SetDestinations(GetDestinations);
        // OpenIddict writes the token entries (and an ad-hoc authorization) here: in the user's or client's tenant.
        using (currentTenant.Change(tenantId))
        {
            await context.SignInAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, principal);
        }

        return Results.Empty;
    }

    private static async Task<ClaimsPrincipal> CreatePrincipalAsync(UserManager<AppUser> userManager, AppUser user)
    {
        var identity = NewIdentity();
        identity.SetClaim(Claims.Subject, user.Id.ToString())
            .SetClaim(Claims.Name, user.UserName)
            .SetClaim(Claims.Email, user.Email)
            .SetClaim(SecurityStampClaim, user.SecurityStamp ?? string.Empty)
            .SetClaims(Claims.Role, [.. await userManager.GetRolesAsync(user)]);
        if (user.TenantId is { } tenantId)
        {
            identity.SetClaim(FitSaaSClaimTypes.TenantId, tenantId.ToString());
        }

        return new ClaimsPrincipal(identity);
    }

    private static ClaimsIdentity NewIdentity() =>
        new(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);

    private static IEnumerable<string> GetDestinations(Claim claim)
    {
        if (claim.Type == SecurityStampClaim)
        {
            // Only in refresh tokens and codes (they keep every claim): compared on refresh, never sent to APIs.
            yield break;
        }

        yield return Destinations.AccessToken;
        if (claim.Type is Claims.Subject or Claims.Name or Claims.Email or Claims.Role or FitSaaSClaimTypes.TenantId &&
            claim.Subject?.HasScope(Scopes.OpenId) == true)
        {
            yield return Destinations.IdentityToken;
        }
    }
}
