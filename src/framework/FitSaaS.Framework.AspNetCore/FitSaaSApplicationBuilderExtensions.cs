using FitSaaS.Framework.AspNetCore.ExceptionHandling;
using FitSaaS.Framework.AspNetCore.MultiTenancy;
using FitSaaS.Framework.Tracing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace FitSaaS.Framework.AspNetCore;

/// <summary>Pipeline side of the kit's web module.</summary>
public static class FitSaaSApplicationBuilderExtensions
{
    /// <summary>
    /// Adds, in order: the correlation id (<c>X-Correlation-Id</c> request header or the trace identifier, echoed in the
    /// response), problem-details exception handling, status-code problems, authentication (an
    /// invalid bearer token is a 401 <c>Authorization:InvalidToken</c>), tenant resolution and
    /// authorization. Call before mapping endpoints.
    /// </summary>
    public static IApplicationBuilder UseFitSaaS(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(CorrelationIdAsync);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.Use(RejectInvalidTokenAsync);
        app.UseMiddleware<MultiTenancyMiddleware>();
        app.UseAuthorization();
        return app;
    }

    /// <summary>The request and response header of the correlation id.</summary>
    public const string CorrelationIdHeader = "X-Correlation-Id";

    private static async Task CorrelationIdAsync(HttpContext context, RequestDelegate next)
    {
        // The caller's id when it is a plain token of at most 64 characters, otherwise the request's trace identifier.
        string? header = context.Request.Headers[CorrelationIdHeader];
        var correlationId = IsValidCorrelationId(header) ? header! : context.TraceIdentifier;
        var accessor = context.RequestServices.GetService(typeof(ICorrelationIdAccessor)) as ICorrelationIdAccessor;
        using var scope = accessor?.Change(correlationId);
        context.Response.Headers[CorrelationIdHeader] = accessor?.CorrelationId ?? correlationId;
        await next(context);
    }

    private static bool IsValidCorrelationId(string? value) =>
        value is { Length: > 0 and <= ICorrelationIdAccessor.MaxLength } &&
        value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':');

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
