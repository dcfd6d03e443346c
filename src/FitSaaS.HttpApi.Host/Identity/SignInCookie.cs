using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;

namespace FitSaaS.Identity;

/// <summary>
/// The browser session of the sign-in page: ASP.NET Core's cookie handler under <see cref="IdentityConstants.ApplicationScheme"/>
/// (cookie <see cref="CookieName"/>, HTTP-only, <c>SameSite=Lax</c>, 8 hours sliding, not persistent). It is never the API's
/// scheme (the API takes bearer tokens only); the authorization endpoint and the Hangfire Dashboard read it explicitly. Every
/// time it is read, the user is checked again in their tenant: a deactivated user or tenant, a lock or a password change (new
/// security stamp) ends the session.
/// </summary>
public static class SignInCookie
{
    /// <summary>The cookie's name.</summary>
    public const string CookieName = "FitSaaS.SignIn";

    /// <summary>The sign-in page.</summary>
    public const string LoginPath = "/account/login";

    /// <summary>How long an idle session lasts (sliding).</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromHours(8);

    /// <summary>Registers the cookie scheme (the API's default scheme stays OpenIddict's bearer validation).</summary>
    public static IServiceCollection AddSignInCookie(this IServiceCollection services)
    {
        services.AddAuthentication().AddCookie(IdentityConstants.ApplicationScheme, options =>
        {
            options.Cookie.Name = CookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = LoginPath;
            options.ExpireTimeSpan = IdleTimeout;
            options.SlidingExpiration = true;
            options.Events.OnValidatePrincipal = ValidateAsync;
        });
        return services;
    }

    /// <summary>Rejects (and removes) the cookie when its user may no longer sign in.</summary>
    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is not { } principal || !await IsStillValidAsync(context.HttpContext, principal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }

    private static async Task<bool> IsStillValidAsync(HttpContext http, System.Security.Claims.ClaimsPrincipal principal)
    {
        var services = http.RequestServices;
        if (Guid.TryParse(principal.GetClaim(FitSaaSClaimTypes.TenantId), out var tenantId) &&
            await services.GetRequiredService<ITenantStore>().FindAsync(tenantId, http.RequestAborted) is not { IsActive: true })
        {
            return false;
        }

        // The same user checks as a refresh or a code redemption (TokenService).
        return await services.GetRequiredService<TokenService>().IsUserStillValidAsync(principal, http.RequestAborted);
    }
}
