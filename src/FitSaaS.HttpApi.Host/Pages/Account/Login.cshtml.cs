using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace FitSaaS.Pages.Account;

/// <summary>
/// The server-rendered sign-in page (<c>GET|POST /account/login</c>) of the authorization code flow and the Hangfire
/// Dashboard: tenant (name or id; empty = host), user name and password, with Razor Pages' anti-forgery token (a POST without
/// it is a 400). The same checks as the password grant (<see cref="TokenService.SignInUserAsync"/>: the tenant's users only,
/// lockout, deactivated tenant or user refused) and the same per-IP and per-user rate limits. Every refusal shows one message,
/// <see cref="FailedMessage"/>, so the page never tells which part was wrong or whether an account exists. On success it sets the
/// sign-in cookie (<see cref="SignInCookie"/>) and returns to <c>returnUrl</c> when it is a local URL, else shows who is signed in.
/// </summary>
[AllowAnonymous]
public sealed class LoginModel : PageModel
{
    /// <summary>The one message of every refused sign-in.</summary>
    public const string FailedMessage = "The gym, user name or password is incorrect, or the account is locked.";

    /// <summary>The tenant's name or id; empty for a host user. Pre-filled from <c>__tenant</c> (of the page or of the return URL).</summary>
    [BindProperty]
    public string? Tenant { get; set; }

    /// <summary>The user name.</summary>
    [BindProperty]
    public string? UserName { get; set; }

    /// <summary>The password (never echoed back).</summary>
    [BindProperty]
    public string? Password { get; set; }

    /// <summary>Where to go after signing in (a local URL only, e.g. the authorization request).</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The refusal shown above the form, if any.</summary>
    public string? Error { get; private set; }

    /// <summary>The user name of the current session (GET without a return URL), or null.</summary>
    public string? SignedInAs { get; private set; }

    /// <summary>The tenant name of the current session; null for the host.</summary>
    public string? SignedInTenant { get; private set; }

    /// <inheritdoc/>
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Never framed (click-jacking), never cached (the form carries an anti-forgery token).
        Response.Headers.XFrameOptions = "DENY";
        Response.Headers.CacheControl = "no-store";
        Response.Headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'";
    }

    /// <summary>Shows the form (tenant pre-filled), or who is signed in when there is a session and nowhere to return to.</summary>
    public async Task OnGetAsync()
    {
        var session = await HttpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (session.Succeeded && string.IsNullOrEmpty(ReturnUrl))
        {
            SignedInAs = session.Principal.GetClaim(Claims.Name);
            if (Guid.TryParse(session.Principal.GetClaim(Framework.Users.FitSaaSClaimTypes.TenantId), out var tenantId))
            {
                SignedInTenant = (await Tenants.FindAsync(tenantId, HttpContext.RequestAborted))?.Name;
            }

            return;
        }

        Tenant = CurrentTenant.Name ?? TenantOfReturnUrl();
    }

    /// <summary>Checks the credentials; sets the cookie and redirects, or shows <see cref="FailedMessage"/> (400) or the rate limit (429).</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (string.IsNullOrWhiteSpace(UserName) || string.IsNullOrEmpty(Password))
        {
            return Refuse(FailedMessage, StatusCodes.Status400BadRequest);
        }

        TenantConfiguration? tenant = null;
        if (!string.IsNullOrWhiteSpace(Tenant))
        {
            var value = Tenant.Trim();
            tenant = Guid.TryParse(value, out var id)
                ? await Tenants.FindAsync(id, cancellationToken)
                : await Tenants.FindAsync(value, cancellationToken);
            if (tenant is not { IsActive: true })
            {
                return Refuse(FailedMessage, StatusCodes.Status400BadRequest);
            }
        }

        var services = HttpContext.RequestServices;
        using (CurrentTenant.Change(tenant?.Id, tenant?.Name))
        {
            if (services.GetRequiredService<TokenRateLimiting>().TryRejectUser(HttpContext, UserName) is not null)
            {
                var retryAfter = Response.Headers.RetryAfter.ToString();
                return Refuse($"Too many sign-in attempts. Try again in {retryAfter} seconds.", StatusCodes.Status429TooManyRequests);
            }

            if (tenant is not null && services.GetService<IConnectionStringResolver>() is { } connectionStrings)
            {
                await connectionStrings.ResolveAsync(tenant.Id, cancellationToken);
            }

            var (principal, _) = await services.GetRequiredService<TokenService>().SignInUserAsync(UserName.Trim(), Password, cancellationToken);
            if (principal is null)
            {
                return Refuse(FailedMessage, StatusCodes.Status400BadRequest);
            }

            await HttpContext.SignInAsync(IdentityConstants.ApplicationScheme, principal, new AuthenticationProperties
            {
                IsPersistent = false,
                IssuedUtc = DateTimeOffset.UtcNow,
            });
        }

        return LocalRedirect(!string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : SignInCookie.LoginPath);
    }

    private ITenantStore Tenants => HttpContext.RequestServices.GetRequiredService<ITenantStore>();

    private ICurrentTenant CurrentTenant => HttpContext.RequestServices.GetRequiredService<ICurrentTenant>();

    private PageResult Refuse(string message, int statusCode)
    {
        Error = message;
        Password = null;
        Response.StatusCode = statusCode;
        return Page();
    }

    /// <summary>The <c>__tenant</c> value of a local return URL (an authorization request may name the tenant).</summary>
    private string? TenantOfReturnUrl()
    {
        if (string.IsNullOrEmpty(ReturnUrl) || !Url.IsLocalUrl(ReturnUrl) || ReturnUrl.IndexOf('?', StringComparison.Ordinal) is var index && index < 0)
        {
            return null;
        }

        var query = QueryHelpers.ParseQuery(ReturnUrl[index..]);
        return query.TryGetValue("__tenant", out var value) && !string.IsNullOrWhiteSpace(value)
            ? value.ToString().Trim()
            : null;
    }
}
