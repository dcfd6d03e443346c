using System.Diagnostics;
using System.Text;
using FitSaaS.Framework.Auditing;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace FitSaaS.Framework.AspNetCore.Auditing;

/// <summary>
/// Opens one audit scope per request and records method, URL (secret-like query values redacted),
/// final status, duration, client IP, correlation id, user, tenant and client. It runs inside tenant
/// resolution, so user and tenant are read while the request is in the pipeline; the entry is
/// completed when the response starts, after the exception handler has chosen the status. Reads (GET, HEAD, OPTIONS)
/// are recorded only when they fail unless <see cref="IGetRequestAuditingPolicy"/> says the tenant's reads are audited
/// (ABP's defaults); URL, client address and correlation id are only formatted for an entry that is stored.
/// </summary>
internal sealed class AuditingMiddleware(
    RequestDelegate next,
    IAuditingManager auditingManager,
    IOptions<AuditingOptions> options,
    ICurrentUser currentUser,
    ICurrentTenant currentTenant,
    IGetRequestAuditingPolicy getRequestPolicy,
    TimeProvider timeProvider)
{
    private const int MaxUrlLength = 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        var auditing = options.Value;
        if (!auditing.IsEnabled || auditing.IgnoredUrlPrefixes.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            await next(context);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        using var scope = auditingManager.BeginScope();
        var log = scope.Log;
        log.ExecutionTimeUtc = timeProvider.GetUtcNow().UtcDateTime;
        log.HttpMethod = context.Request.Method;
        var activity = Activity.Current;
        AuditLogPrincipal.Fill(log, currentUser, currentTenant);
        scope.SaveOnlyOnFailure = AuditLogScope.IsReadMethod(log.HttpMethod) &&
            !await getRequestPolicy.IsEnabledForGetRequestsAsync(log.TenantId, context.RequestAborted);

        var saved = 0;
        async Task CompleteAsync()
        {
            if (Interlocked.Exchange(ref saved, 1) == 1)
            {
                return;
            }

            log.HttpStatusCode = context.Response.StatusCode;
            if (!scope.ShouldSave(auditing))
            {
                return;
            }

            log.DurationMs = (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            log.Url = BuildUrl(context.Request, auditing);
            log.ClientIpAddress = context.Connection.RemoteIpAddress?.ToString();
            log.CorrelationId = activity?.Id ?? context.TraceIdentifier;
            await auditingManager.SaveAsync(log);
        }

        // The response starts after the exception handler (outside this middleware) set the final status,
        // and before the client sees it, so the entry is queued before the caller gets the answer.
        context.Response.OnStarting(CompleteAsync);
        try
        {
            await next(context);
            if (currentUser.IsAuthenticated && log.UserId is null)
            {
                // Signed in during the request (e.g. by an endpoint); keep the latest principal.
                AuditLogPrincipal.Fill(log, currentUser, currentTenant);
            }
        }
        catch (Exception ex)
        {
            log.SetException(ex);
            throw;
        }
    }

    private static string BuildUrl(HttpRequest request, AuditingOptions options)
    {
        var builder = new StringBuilder(request.PathBase.Value).Append(request.Path.Value);
        var separator = '?';
        foreach (var (key, values) in request.Query)
        {
            foreach (var value in values)
            {
                builder.Append(separator).Append(Uri.EscapeDataString(key)).Append('=')
                    .Append(options.IsSecretName(key) ? AuditingOptions.RedactedValue : Uri.EscapeDataString(value ?? string.Empty));
                separator = '&';
            }
        }

        return AuditParameterSerializer.Truncate(builder.ToString(), MaxUrlLength);
    }
}
