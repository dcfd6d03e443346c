using FitSaaS.Framework.Auditing;
using Hangfire;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Net.Http.Headers;

namespace FitSaaS.BackgroundJobs;

/// <summary>The Hangfire Dashboard at <see cref="Path"/>, for host admins only (<see cref="JobDashboardAuthorizationFilter"/>).</summary>
internal static class JobDashboardExtensions
{
    /// <summary>The dashboard's path.</summary>
    public const string Path = "/hangfire";

    /// <summary>Keeps the dashboard's 2-second statistics polling out of the audit log (page views are still audited).</summary>
    public static IServiceCollection AddFitSaaSJobDashboard(this IServiceCollection services) =>
        services.Configure<AuditingOptions>(options => options.IgnoredUrlPrefixes.Add(Path + "/stats"));

    /// <summary>
    /// Maps the dashboard: no connection string shown, Hangfire's local-requests-only filter replaced by the host-admin filter.
    /// Job arguments are shown as stored, i.e. protected (see <c>BackgroundJobArgumentProtector</c>): never a value in clear.
    /// </summary>
    public static IEndpointConventionBuilder MapFitSaaSJobDashboard(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHangfireDashboard(Path, new DashboardOptions
        {
            Authorization = [],
            AsyncAuthorization = [new JobDashboardAuthorizationFilter()],
            DisplayStorageConnectionString = false,
            DashboardTitle = "FitSaaS background jobs",
            AppPath = "/",
        });

    /// <summary>
    /// Sends a browser that opens the dashboard without a session (no bearer token, no valid sign-in cookie) to the sign-in
    /// page, returning here afterwards; API-style callers still get Hangfire's 401. Call after <c>UseFitSaaS</c>.
    /// </summary>
    public static IApplicationBuilder UseFitSaaSJobDashboardSignIn(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) && request.Path.StartsWithSegments(Path, StringComparison.OrdinalIgnoreCase) &&
            !request.Headers.ContainsKey(HeaderNames.Authorization) &&
            request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase) &&
            !(await context.AuthenticateAsync(IdentityConstants.ApplicationScheme)).Succeeded)
        {
            await context.ChallengeAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await next(context);
    });
}
