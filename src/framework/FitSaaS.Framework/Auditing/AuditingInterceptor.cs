using System.Diagnostics;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Users;
using Microsoft.Extensions.Options;

namespace FitSaaS.Framework.Auditing;

/// <summary>
/// Outermost step of the application-service pipeline: records each call (service, method, redacted
/// arguments, duration, exception) in the current audit scope. Outside an HTTP request (jobs, event
/// handlers) the outermost call starts its own scope and saves it when done.
/// </summary>
public sealed class AuditingInterceptor(
    IAuditingManager auditingManager,
    AuditParameterSerializer serializer,
    IOptions<AuditingOptions> options,
    ICurrentUser currentUser,
    ICurrentTenant currentTenant,
    TimeProvider timeProvider) : IApplicationServiceInterceptor
{
    /// <inheritdoc/>
    public async Task InterceptAsync(ApplicationServiceInvocation invocation, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        ArgumentNullException.ThrowIfNull(next);
        if (!options.Value.IsEnabled || invocation.Method.FindAttribute<DisableAuditingAttribute>() is not null)
        {
            await next();
            return;
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        using var ownScope = auditingManager.Current is null ? auditingManager.BeginScope() : null;
        var log = auditingManager.Current!.Log;
        if (ownScope is not null)
        {
            AuditLogPrincipal.Fill(log, currentUser, currentTenant);
            log.ExecutionTimeUtc = now;
        }

        var action = new AuditLogActionInfo
        {
            ServiceName = invocation.Method.InterfaceMethod.DeclaringType!.FullName!,
            MethodName = invocation.Method.InterfaceMethod.Name,
            Parameters = serializer.Serialize(invocation.Method.Parameters, invocation.Arguments),
            ExecutionTimeUtc = now,
        };
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next();
        }
        catch (Exception ex)
        {
            action.Exception = $"{ex.GetType().FullName}: {ex.Message}";
            log.SetException(ex);
            throw;
        }
        finally
        {
            action.DurationMs = (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            log.AddAction(action);
            if (ownScope is not null)
            {
                log.DurationMs = action.DurationMs;
                ownScope.Dispose();
                await auditingManager.SaveAsync(log);
            }
        }
    }
}
