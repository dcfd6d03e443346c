using System.Security.Claims;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Users;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace FitSaaS.Identity;

/// <summary>
/// The browser side of the token server (OpenIddict pass-through). <c>/connect/authorize</c> (authorization code flow with
/// PKCE S256, RFC 6749 §4.1 and RFC 7636; OpenIddict has already checked the client, its redirect URI, response type,
/// scopes and the code challenge): without a valid sign-in cookie (<see cref="SignInCookie"/>), with <c>prompt=login</c>,
/// past <c>max_age</c>, or signed in to another tenant than the request's <c>__tenant</c>, the browser is sent to the
/// sign-in page; <c>prompt=none</c> then answers <c>login_required</c>. Otherwise the code is issued for the signed-in user
/// with fresh claims, in their tenant. Consent is implicit: the clients are first-party. <c>/connect/logout</c> (OpenID
/// Connect RP-initiated logout 1.0) ends the cookie session and returns to the client's registered
/// <c>post_logout_redirect_uri</c> (checked by OpenIddict), or to the sign-in page.
/// </summary>
internal sealed class AuthorizationService(TokenService tokens, ICurrentTenant currentTenant, ITenantStore tenantStore)
{
    public async Task<IResult> AuthorizeAsync(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenIddict server request cannot be retrieved.");
        var session = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var signedIn = session.Succeeded ? session.Principal : null;
        if (signedIn is null || request.HasPromptValue(PromptValues.Login) || IsTooOld(request, session.Properties) ||
            (currentTenant.IsAvailable && currentTenant.Id != TenantOf(signedIn)))
        {
            return await SendToSignInAsync(context, request);
        }

        var tenantId = TenantOf(signedIn);
        if (tenantId is { } id && await tenantStore.FindAsync(id, context.RequestAborted) is not { IsActive: true })
        {
            return await SendToSignInAsync(context, request);
        }

        var principal = await tokens.ReloadUserAsync(signedIn, context.RequestAborted);
        if (principal is null)
        {
            await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            return await SendToSignInAsync(context, request);
        }

        principal.SetScopes(request.GetScopes());
        return await tokens.SignInAsync(context, principal, tenantId);
    }

    public static async Task<IResult> EndSessionAsync(HttpContext context)
    {
        await context.SignOutAsync(IdentityConstants.ApplicationScheme);
        // OpenIddict redirects to the validated post_logout_redirect_uri (with state) when one was given, otherwise here.
        await context.SignOutAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme,
            new AuthenticationProperties { RedirectUri = SignInCookie.LoginPath });
        return Results.Empty;
    }

    private static Guid? TenantOf(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.GetClaim(FitSaaSClaimTypes.TenantId), out var id) ? id : null;

    private static bool IsTooOld(OpenIddictRequest request, AuthenticationProperties? properties) =>
        request.MaxAge is { } maxAge && properties?.IssuedUtc is { } issued &&
        DateTimeOffset.UtcNow - issued > TimeSpan.FromSeconds(maxAge);

    /// <summary>
    /// <c>prompt=none</c>: <c>login_required</c> to the client. Otherwise a challenge of the cookie scheme, which redirects to the
    /// sign-in page with this authorization request (without <c>prompt=login</c>, so it does not loop) as the return URL.
    /// </summary>
    private static async Task<IResult> SendToSignInAsync(HttpContext context, OpenIddictRequest request)
    {
        if (request.HasPromptValue(PromptValues.None))
        {
            var properties = new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.LoginRequired,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The user is not signed in.",
            });
            await context.ForbidAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, properties);
            return Results.Empty;
        }

        var parameters = context.Request.HasFormContentType
            ? context.Request.Form.Where(p => p.Key != Parameters.Prompt).ToList()
            : context.Request.Query.Where(p => p.Key != Parameters.Prompt).ToList();
        if (request.GetPromptValues() is { Length: > 0 } prompts && prompts.Where(p => p != PromptValues.Login).ToList() is { Count: > 0 } others)
        {
            parameters.Add(new(Parameters.Prompt, string.Join(' ', others)));
        }

        var returnUrl = context.Request.PathBase + context.Request.Path + QueryString.Create(parameters);
        await context.ChallengeAsync(IdentityConstants.ApplicationScheme, new AuthenticationProperties { RedirectUri = returnUrl });
        return Results.Empty;
    }
}
