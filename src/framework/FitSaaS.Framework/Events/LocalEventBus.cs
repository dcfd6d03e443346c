using FitSaaS.Framework.Uow;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FitSaaS.Framework.Events;

/// <summary>Default <see cref="ILocalEventBus"/>: resolves handlers from the caller's scope.</summary>
public sealed partial class LocalEventBus(IServiceProvider services, LocalEventHandlerInvokers invokers, ILogger<LocalEventBus> logger) : ILocalEventBus
{
    /// <inheritdoc/>
    public async Task PublishAsync(object eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        var (handlerType, invoke) = invokers.Get(eventData.GetType());
        List<object>? afterCommit = null;
        foreach (var handler in services.GetServices(handlerType))
        {
            if (LocalEventHandlerInvokers.GetPhase(handler!.GetType()) == LocalEventPhase.BeforeCommit)
            {
                await invoke(handler, eventData, cancellationToken);
            }
            else
            {
                (afterCommit ??= []).Add(handler);
            }
        }

        if (afterCommit is null)
        {
            return;
        }

        if (services.GetService<IUnitOfWorkManager>()?.Current is not { } unitOfWork)
        {
            // No transaction to wait for: after the before-commit handlers, at once.
            foreach (var handler in afterCommit)
            {
                await invoke(handler, eventData, cancellationToken);
            }

            return;
        }

        unitOfWork.OnCompleted(async () =>
        {
            foreach (var handler in afterCommit)
            {
                try
                {
                    // The caller's token may be gone by now; the work was committed, so finish the side effect.
                    await invoke(handler, eventData, CancellationToken.None);
                }
#pragma warning disable CA1031 // The change is committed: an after-commit handler's failure is logged, not thrown at the caller.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    LogAfterCommitFailed(logger, ex, handler.GetType().FullName, eventData.GetType().FullName);
                }
            }
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "After-commit handler {Handler} failed for event {EventType}; the change itself is committed.")]
    private static partial void LogAfterCommitFailed(ILogger logger, Exception exception, string? handler, string? eventType);
}
