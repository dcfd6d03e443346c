using System.Collections.Concurrent;
using System.Reflection;

namespace FitSaaS.Framework.Events;

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
