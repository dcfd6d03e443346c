using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FitSaaS;

/// <summary>
/// Writes a health report as JSON: <c>{"status": …, "totalDuration": …, "entries": [{"name", "status", "description",
/// "duration"}]}</c> for every check that ran (any check tagged <c>ready</c> appears). A failed check's exception is reduced
/// to its type name, so no message (which may carry a server address or credentials) is shown.
/// </summary>
internal static class HealthReportWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            totalDuration = report.TotalDuration.TotalMilliseconds,
            entries = report.Entries.Select(entry => new
            {
                name = entry.Key,
                status = entry.Value.Status.ToString(),
                description = entry.Value.Exception is { } exception
                    ? $"The check failed ({exception.GetType().Name})."
                    : entry.Value.Description,
                duration = entry.Value.Duration.TotalMilliseconds,
            }),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, Json, context.RequestAborted);
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The options of <c>/health/ready</c>: the checks tagged <c>ready</c>, written by <see cref="WriteAsync"/> (503 when unhealthy).</summary>
    public static HealthCheckOptions ReadyOptions() => new()
    {
        Predicate = check => check.Tags.Contains(ReadinessChecks.Tag),
        ResponseWriter = WriteAsync,
    };
}
