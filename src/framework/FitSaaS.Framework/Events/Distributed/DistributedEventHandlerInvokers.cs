using System.Collections.Concurrent;
using System.Reflection;

namespace FitSaaS.Framework.Events.Distributed;

/// <summary>Per event type, the <see cref="IDistributedEventHandler{TEto}"/> interface and a compiled call of its method.</summary>
public sealed class DistributedEventHandlerInvokers
{
    private readonly ConcurrentDictionary<Type, (Type, Func<object, object, CancellationToken, Task>)> _invokers = new();

    /// <summary>The handler interface and an invoker for <paramref name="eventType"/>.</summary>
    public (Type HandlerType, Func<object, object, CancellationToken, Task> Invoke) Get(Type eventType) =>
        _invokers.GetOrAdd(eventType, static type =>
        {
            var handlerType = typeof(IDistributedEventHandler<>).MakeGenericType(type);
            var invoke = typeof(DistributedEventHandlerInvokers)
                .GetMethod(nameof(InvokeAsync), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(type)
                .CreateDelegate<Func<object, object, CancellationToken, Task>>();
            return (handlerType, invoke);
        });

    private static Task InvokeAsync<TEto>(object handler, object eventData, CancellationToken cancellationToken)
        where TEto : class =>
        ((IDistributedEventHandler<TEto>)handler).HandleEventAsync((TEto)eventData, cancellationToken);
}
