using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Http;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Users;
using Microsoft.Extensions.Options;

namespace FitSaaS.Framework.Auditing;

/// <summary>
/// Outermost step of the application-service pipeline: records each call (service, method, redacted
/// arguments, duration, exception) in the current audit scope. Outside an HTTP request (jobs, event
/// handlers) the outermost call starts its own scope and saves it when done; a read (a method routing maps to GET) is
/// then saved only when it fails, unless <see cref="IGetRequestAuditingPolicy"/> says the tenant's reads are audited.
/// In a scope that is saved only on failure, arguments are serialized only when the call throws.
/// </summary>
public sealed class AuditingInterceptor(
    IAuditingManager auditingManager,
    AuditParameterSerializer serializer,
    IOptions<AuditingOptions> options,
    ICurrentUser currentUser,
    ICurrentTenant currentTenant,
    IGetRequestAuditingPolicy getRequestPolicy,
    TimeProvider timeProvider) : IApplicationServiceInterceptor
{
    private static readonly ConcurrentDictionary<MethodInfo, bool> s_isRead = new();

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
        var scope = auditingManager.Current!;
        var log = scope.Log;
        if (ownScope is not null)
        {
            AuditLogPrincipal.Fill(log, currentUser, currentTenant);
            log.ExecutionTimeUtc = now;
            ownScope.SaveOnlyOnFailure =
                s_isRead.GetOrAdd(invocation.Method.InterfaceMethod, static method => HttpApiConventions.GetHttpMethod(method) == "GET") &&
                !await getRequestPolicy.IsEnabledForGetRequestsAsync(currentTenant.Id);
        }

        var action = new AuditLogActionInfo
        {
            ServiceName = invocation.Method.InterfaceMethod.DeclaringType!.FullName!,
            MethodName = invocation.Method.InterfaceMethod.Name,
            Parameters = scope.SaveOnlyOnFailure ? string.Empty : serializer.Serialize(invocation.Method.Parameters, invocation.Arguments),
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
            if (scope.SaveOnlyOnFailure)
            {
                action.Parameters = serializer.Serialize(invocation.Method.Parameters, invocation.Arguments);
            }

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
                if (ownScope.ShouldSave(options.Value))
                {
                    await auditingManager.SaveAsync(log);
                }
            }
        }
    }
}
