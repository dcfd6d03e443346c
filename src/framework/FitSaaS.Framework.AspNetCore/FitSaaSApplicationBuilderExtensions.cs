using FitSaaS.Framework.AspNetCore.ExceptionHandling;
using FitSaaS.Framework.AspNetCore.MultiTenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace FitSaaS.Framework.AspNetCore;

/// <summary>Pipeline side of the kit's web module.</summary>
public static class FitSaaSApplicationBuilderExtensions
{
    /// <summary>
    /// Adds, in order: problem-details exception handling, status-code problems, authentication (an
    /// invalid bearer token is a 401 <c>Authorization:InvalidToken</c>), tenant resolution and
    /// authorization. Call before mapping endpoints.
    /// </summary>
    public static IApplicationBuilder UseFitSaaS(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.Use(RejectInvalidTokenAsync);
        app.UseMiddleware<MultiTenancyMiddleware>();
        app.UseAuthorization();
        return app;
    }

    private static async Task RejectInvalidTokenAsync(HttpContext context, RequestDelegate next)
    {
        string? authorization = context.Request.Headers.Authorization;
        if (authorization?.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) == true && context.User.Identity?.IsAuthenticated != true)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            await FitSaaSProblems.WriteAsync(context, FitSaaSProblems.Create(
                context, StatusCodes.Status401Unauthorized, "The access token is invalid or expired.", "Authorization:InvalidToken"));
            return;
        }

        await next(context);
    }
}
