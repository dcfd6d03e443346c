using System.Collections.Concurrent;
using System.Reflection;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Http;

namespace FitSaaS.Framework.Uow;

/// <summary>
/// Wraps each outermost application-service call in a unit of work: transactional, except for methods the HTTP API serves
/// with <c>GET</c> (<see cref="HttpApiConventions.GetHttpMethod"/>: <c>Get…</c>, <c>Find…</c>, or <c>[HttpApiMethod("GET")]</c>),
/// unless <see cref="UnitOfWorkAttribute"/> says otherwise. Routing and transactions cannot disagree: a GET is never a write
/// transaction, a POST/PUT/DELETE always is by default.
/// </summary>
public sealed class UnitOfWorkInterceptor(IUnitOfWorkManager unitOfWorkManager) : IApplicationServiceInterceptor
{
    private static readonly ConcurrentDictionary<MethodInfo, bool> s_isRead = new();

    /// <inheritdoc/>
    public async Task InterceptAsync(ApplicationServiceInvocation invocation, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        ArgumentNullException.ThrowIfNull(next);
        var attribute = invocation.Method.FindAttribute<UnitOfWorkAttribute>();
        if (attribute?.IsDisabled == true || unitOfWorkManager.Current is not null)
        {
            await next();
            return;
        }

        var transactional = attribute?.TransactionalOverride ??
            !s_isRead.GetOrAdd(invocation.Method.InterfaceMethod, static method => HttpApiConventions.GetHttpMethod(method) == "GET");
        await using var unitOfWork = await unitOfWorkManager.BeginAsync(new UnitOfWorkOptions { IsTransactional = transactional });
        await next();
        await unitOfWork.CompleteAsync();
    }
}
