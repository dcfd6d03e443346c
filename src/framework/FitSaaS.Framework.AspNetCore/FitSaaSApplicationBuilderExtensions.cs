using FitSaaS.Framework.AspNetCore.MultiTenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

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
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            var problem = new ProblemDetails { Status = 401, Title = "The access token is invalid or expired." };
            problem.Extensions["code"] = "Authorization:InvalidToken";
            problem.Extensions["traceId"] = System.Diagnostics.Activity.Current?.Id ?? context.TraceIdentifier;
            var writer = context.RequestServices.GetService(typeof(IProblemDetailsService)) as IProblemDetailsService;
            if (writer is not null)
            {
                await writer.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
            }

            return;
        }

        await next(context);
    }
}
