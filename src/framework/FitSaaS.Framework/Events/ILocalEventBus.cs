using System.Collections.Concurrent;
using System.Reflection;
using FitSaaS.Framework.Uow;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FitSaaS.Framework.Events;

/// <summary>
/// Handles one local (in-process) event type; registered by convention. By default it runs inside the publisher's
/// unit of work, before commit; a handler class marked <c>[LocalEventHandler(LocalEventPhase.AfterCommit)]</c> runs
/// once the unit of work has committed instead (see <see cref="LocalEventPhase"/>).
/// </summary>
/// <typeparam name="TEvent">Event type, named <c>{Subject}{PastTense}Event</c>.</typeparam>
public interface ILocalEventHandler<in TEvent>
    where TEvent : class
{
    /// <summary>Handles the event; before commit, throwing rolls the unit of work back.</summary>
    Task HandleEventAsync(TEvent eventData, CancellationToken cancellationToken = default);
}

/// <summary>When a local event handler runs relative to the publisher's unit of work.</summary>
public enum LocalEventPhase
{
    /// <summary>
    /// Inside the unit of work, before commit (the default): the handler's changes are saved and committed with the
    /// publisher's, and an exception rolls everything back.
    /// </summary>
    BeforeCommit = 0,

    /// <summary>
    /// After the unit of work has committed, in the same scope (for side effects that must not happen for a rolled-back
    /// change: cache invalidation, notifications). Skipped when the unit of work rolls back. The change is already
    /// committed, so an exception is logged (error) and does not fail the caller; later handlers still run. Without an
    /// active unit of work there is nothing to wait for and the handler runs at once, after the event's before-commit handlers.
    /// </summary>
    AfterCommit = 1,
}

/// <summary>Declares the <see cref="LocalEventPhase"/> of every <see cref="ILocalEventHandler{TEvent}"/> the class implements.</summary>
/// <param name="phase">When the handler runs; without the attribute, <see cref="LocalEventPhase.BeforeCommit"/>.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class LocalEventHandlerAttribute(LocalEventPhase phase) : Attribute
{
    /// <summary>When the handler runs.</summary>
    public LocalEventPhase Phase { get; } = phase;
}

/// <summary>Publishes local events to their in-process handlers.</summary>
public interface ILocalEventBus
{
    /// <summary>
    /// Calls every before-commit handler of the event's runtime type, in registration order, and queues the
    /// after-commit handlers on the current unit of work (or calls them at once when none is active).
    /// </summary>
    Task PublishAsync(object eventData, CancellationToken cancellationToken = default);
}

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

/// <summary>Per event type, the handler interface and a compiled call of its method: built once, not per event.</summary>
public sealed class LocalEventHandlerInvokers
{
    private static readonly ConcurrentDictionary<Type, LocalEventPhase> s_phases = new();
    private readonly ConcurrentDictionary<Type, (Type, Func<object, object, CancellationToken, Task>)> _invokers = new();

    /// <summary>The <c>ILocalEventHandler&lt;TEvent&gt;</c> type and an invoker for <paramref name="eventType"/>.</summary>
    public (Type HandlerType, Func<object, object, CancellationToken, Task> Invoke) Get(Type eventType) =>
        _invokers.GetOrAdd(eventType, static type =>
        {
            var handlerType = typeof(ILocalEventHandler<>).MakeGenericType(type);
            var invoke = typeof(LocalEventHandlerInvokers)
                .GetMethod(nameof(InvokeAsync), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(type)
                .CreateDelegate<Func<object, object, CancellationToken, Task>>();
            return (handlerType, invoke);
        });

    /// <summary>The phase a handler class declares with <see cref="LocalEventHandlerAttribute"/>; <see cref="LocalEventPhase.BeforeCommit"/> without it.</summary>
    public static LocalEventPhase GetPhase(Type handlerClass) =>
        s_phases.GetOrAdd(handlerClass, static type => type.GetCustomAttribute<LocalEventHandlerAttribute>()?.Phase ?? LocalEventPhase.BeforeCommit);

    private static Task InvokeAsync<TEvent>(object handler, object eventData, CancellationToken cancellationToken)
        where TEvent : class =>
        ((ILocalEventHandler<TEvent>)handler).HandleEventAsync((TEvent)eventData, cancellationToken);
}
