using System.Security.Claims;
using FitSaaS.Framework.AspNetCore.OpenApi;
using FitSaaS.Framework.Users;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace FitSaaS.Identity;

/// <summary>
/// The endpoints OpenIddict passes through to our code: <c>POST /connect/token</c> (who signs in, see
/// <see cref="TokenService"/>), <c>GET|POST /connect/authorize</c> and <c>GET|POST /connect/logout</c> (the browser
/// session, see <see cref="AuthorizationService"/>) and <c>GET|POST /connect/userinfo</c>. Discovery, JWKS, revocation and introspection
/// are answered by OpenIddict itself (docs/decisions/0027-openiddict.md).
/// </summary>
internal static class TokenServerEndpoints
{
    /// <summary>The token endpoint's path.</summary>
    public const string TokenPath = "/connect/token";

    /// <summary>The authorization endpoint's path (authorization code flow with PKCE).</summary>
    public const string AuthorizationPath = "/connect/authorize";

    /// <summary>The end-session endpoint's path (OpenID Connect RP-initiated logout).</summary>
    public const string EndSessionPath = "/connect/logout";

    /// <summary>The userinfo endpoint's path.</summary>
    public const string UserInfoPath = "/connect/userinfo";

    /// <summary>The OpenAPI tag of the token server's documented endpoints.</summary>
    public const string OpenApiTag = "Token server";

    public static IEndpointRouteBuilder MapTokenServer(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(TokenPath, ExchangeAsync).DisableAntiforgery().AllowAnonymous().WithTags(OpenApiTag)
            .WithName("TokenServer_Exchange")
            .WithSummary("OAuth 2.0 token endpoint (form-encoded): password, client credentials, authorization code and refresh token grants.")
            .ProducesProblemCodes(StatusCodes.Status429TooManyRequests, TokenRateLimiting.RateLimitedCode);
        endpoints.MapMethods(AuthorizationPath, [HttpMethods.Get, HttpMethods.Post],
            (HttpContext context, AuthorizationService authorization) => authorization.AuthorizeAsync(context))
            .DisableAntiforgery().AllowAnonymous().ExcludeFromDescription(); // browser redirects, published by discovery
        endpoints.MapMethods(EndSessionPath, [HttpMethods.Get, HttpMethods.Post],
            (Delegate)AuthorizationService.EndSessionAsync)
            .DisableAntiforgery().AllowAnonymous().ExcludeFromDescription();
        // GET and POST (OpenID Connect Core §5.3.1) as two endpoints, so each has its own operation id.
        endpoints.MapGet(UserInfoPath, (Delegate)UserInfoAsync).AllowAnonymous().WithTags(OpenApiTag)
            .WithName("TokenServer_GetUserInfo").WithSummary("OpenID Connect userinfo: the claims of the access token's user (GET).");
        endpoints.MapPost(UserInfoPath, (Delegate)UserInfoAsync).DisableAntiforgery().AllowAnonymous().WithTags(OpenApiTag)
            .WithName("TokenServer_PostUserInfo").WithSummary("OpenID Connect userinfo: the claims of the access token's user (POST).");
        return endpoints;
    }

    private static async Task<IResult> ExchangeAsync(HttpContext context, TokenService tokens, TokenRateLimiting rateLimiting)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenIddict server request cannot be retrieved.");
        if (request.IsPasswordGrantType())
        {
            // Per-user limit (the per-IP limit runs before OpenIddict): slows password guessing against one account from many addresses.
            if (!string.IsNullOrEmpty(request.Username) && rateLimiting.TryRejectUser(context, request.Username) is { } rejected)
            {
                return rejected;
            }

            return await tokens.PasswordGrantAsync(context, request);
        }

        if (request.IsRefreshTokenGrantType() || request.IsAuthorizationCodeGrantType())
        {
            return await tokens.StoredPrincipalGrantAsync(context);
        }

        if (request.IsClientCredentialsGrantType())
        {
            return await tokens.ClientCredentialsGrantAsync(context, request);
        }

        return await TokenService.ForbidAsync(context, Errors.UnsupportedGrantType, "The grant type is not supported.");
    }

    private static async Task<IResult> UserInfoAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        if (result.Principal is not { } principal)
        {
            return Results.Challenge(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var claims = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [Claims.Subject] = principal.GetClaim(Claims.Subject)!,
        };
        AddIfPresent(claims, principal, FitSaaSClaimTypes.UserName);
        AddIfPresent(claims, principal, FitSaaSClaimTypes.Email);
        AddIfPresent(claims, principal, FitSaaSClaimTypes.TenantId);
        var roles = principal.GetClaims(FitSaaSClaimTypes.Role);
        if (!roles.IsDefaultOrEmpty)
        {
            claims[FitSaaSClaimTypes.Role] = roles.ToArray();
        }

        return Results.Json(claims);
    }

    private static void AddIfPresent(Dictionary<string, object> claims, ClaimsPrincipal principal, string type)
    {
        if (principal.GetClaim(type) is { Length: > 0 } value)
        {
            claims[type] = value;
        }
    }
}
