using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Framework.Uow;

/// <summary>
/// Runs work in a service scope and unit of work of its own, completed when the work returns (rolled back when it throws):
/// what a background job does for each item it must keep apart from the others — one item's failure or lock does not
/// reach the rest, and the change tracker holds one item at a time.
/// </summary>
public static class UnitOfWorkScopeExtensions
{
    /// <summary>Creates a scope, begins a unit of work with <paramref name="options"/>, runs <paramref name="work"/> with the scope's services and completes it.</summary>
    public static async Task<TResult> RunInUnitOfWorkAsync<TResult>(
        this IServiceScopeFactory scopeFactory,
        UnitOfWorkOptions options,
        Func<IServiceProvider, CancellationToken, Task<TResult>> work,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scopeFactory);
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = scopeFactory.CreateAsyncScope();
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync(options, cancellationToken);
        var result = await work(scope.ServiceProvider, cancellationToken);
        await unitOfWork.CompleteAsync(cancellationToken);
        return result;
    }
}
