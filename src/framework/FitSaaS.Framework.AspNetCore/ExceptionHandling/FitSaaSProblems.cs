using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Framework.AspNetCore.ExceptionHandling;

/// <summary>
/// The one place that shapes RFC 9457 problem details the kit's way: a stable <c>code</c> and the
/// request's <c>traceId</c> as extensions. Used by the exception handler and by middleware that answers
/// before MVC (tenant resolution, invalid tokens, rate limits).
/// </summary>
public static class FitSaaSProblems
{
    /// <summary>Adds the <c>code</c> and <c>traceId</c> extensions and returns the same instance.</summary>
    public static TProblem WithCode<TProblem>(TProblem problem, HttpContext context, string code)
        where TProblem : ProblemDetails
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(context);
        problem.Extensions["code"] = code;
        problem.Extensions["traceId"] = Activity.Current?.Id ?? context.TraceIdentifier;
        return problem;
    }

    /// <summary>Creates a problem with a status, a title (also the detail unless given) and a code.</summary>
    public static ProblemDetails Create(HttpContext context, int status, string title, string code, string? detail = null) =>
        WithCode(new ProblemDetails { Status = status, Title = title, Detail = detail ?? title }, context, code);

    /// <summary>Sets the status and writes the problem as <c>application/problem+json</c>.</summary>
    public static async Task WriteAsync(HttpContext context, ProblemDetails problem)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(problem);
        context.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}
