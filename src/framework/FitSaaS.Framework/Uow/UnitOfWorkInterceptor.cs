using FitSaaS.Framework.Application;

namespace FitSaaS.Framework.Uow;

/// <summary>
/// Wraps each outermost application-service call in a unit of work: transactional, except for
/// methods named <c>Get…</c> unless <see cref="UnitOfWorkAttribute"/> says otherwise.
/// </summary>
public sealed class UnitOfWorkInterceptor(IUnitOfWorkManager unitOfWorkManager) : IApplicationServiceInterceptor
{
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
            !invocation.Method.InterfaceMethod.Name.StartsWith("Get", StringComparison.Ordinal);
        await using var unitOfWork = await unitOfWorkManager.BeginAsync(new UnitOfWorkOptions { IsTransactional = transactional });
        await next();
        await unitOfWork.CompleteAsync();
    }
}
