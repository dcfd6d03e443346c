using System.Security.Claims;
using FitSaaS.BackgroundJobs;
using FitSaaS.Framework.Authorization;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Users;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace FitSaaS.BackgroundJobs;

/// <summary>
/// Lets host admins into the Hangfire Dashboard: the request is authenticated with the default scheme (bearer tokens) and,
/// when registered, the ASP.NET Core Identity application cookie (<see cref="IdentityConstants.ApplicationScheme"/>, the
/// browser session of the sign-in page); the principal must be a host user (no tenant claim) holding
/// <see cref="BackgroundJobPermissions.Dashboard"/> by the kit's permission checker. Anonymous requests get 401, any other
/// signed-in caller 403.
/// </summary>
internal sealed class JobDashboardAuthorizationFilter : IDashboardAsyncAuthorizationFilter
{
    public async Task<bool> AuthorizeAsync(DashboardContext context)
    {
        var http = context.GetHttpContext();
        var principal = await AuthenticateAsync(http);
        if (principal is null)
        {
            return false;
        }

        // Hangfire answers 403 rather than 401 for an authenticated user.
        http.User = principal;
        if (!string.IsNullOrEmpty(principal.FindFirst(FitSaaSClaimTypes.TenantId)?.Value))
        {
            return false;
        }

        var services = http.RequestServices;
        using var host = services.GetRequiredService<ICurrentTenant>().Change(null);
        using var caller = services.GetRequiredService<ICurrentPrincipalAccessor>().Change(principal);
        return await services.GetRequiredService<IPermissionChecker>().IsGrantedAsync(BackgroundJobPermissions.Dashboard, http.RequestAborted);
    }

    private static async Task<ClaimsPrincipal?> AuthenticateAsync(HttpContext http)
    {
        var schemes = http.RequestServices.GetRequiredService<IAuthenticationSchemeProvider>();
        var names = new List<string>(2);
        if (await schemes.GetDefaultAuthenticateSchemeAsync() is { } defaultScheme)
        {
            names.Add(defaultScheme.Name);
        }

        // The cookie scheme only where it is registered (the server-rendered sign-in page adds it).
        if (await schemes.GetSchemeAsync(IdentityConstants.ApplicationScheme) is not null && !names.Contains(IdentityConstants.ApplicationScheme))
        {
            names.Add(IdentityConstants.ApplicationScheme);
        }

        foreach (var name in names)
        {
            var result = await http.AuthenticateAsync(name);
            if (result.Succeeded && result.Principal.Identity?.IsAuthenticated == true)
            {
                return result.Principal;
            }
        }

        return null;
    }
}
