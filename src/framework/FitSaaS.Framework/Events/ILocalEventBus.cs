using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Framework.Events;

/// <summary>Handles one local (in-process) event type; registered by convention. Runs inside the publisher's unit of work, before commit.</summary>
/// <typeparam name="TEvent">Event type, named <c>{Subject}{PastTense}Event</c>.</typeparam>
public interface ILocalEventHandler<in TEvent>
    where TEvent : class
{
    /// <summary>Handles the event; throwing rolls the unit of work back.</summary>
    Task HandleEventAsync(TEvent eventData, CancellationToken cancellationToken = default);
}

/// <summary>Publishes local events to their in-process handlers.</summary>
public interface ILocalEventBus
{
    /// <summary>Calls every handler of the event's runtime type, in registration order.</summary>
    Task PublishAsync(object eventData, CancellationToken cancellationToken = default);
}

/// <summary>Default <see cref="ILocalEventBus"/>: resolves handlers from the caller's scope.</summary>
public sealed class LocalEventBus(IServiceProvider services, LocalEventHandlerInvokers invokers) : ILocalEventBus
{
    /// <inheritdoc/>
    public async Task PublishAsync(object eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        var (handlerType, invoke) = invokers.Get(eventData.GetType());
        foreach (var handler in services.GetServices(handlerType))
        {
            await invoke(handler!, eventData, cancellationToken);
        }
    }
}

/// <summary>Per event type, the handler interface and a compiled call of its method: built once, not per event.</summary>
public sealed class LocalEventHandlerInvokers
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Type, (Type, Func<object, object, CancellationToken, Task>)> _invokers = new();

    /// <summary>The <c>ILocalEventHandler&lt;TEvent&gt;</c> type and an invoker for <paramref name="eventType"/>.</summary>
    public (Type HandlerType, Func<object, object, CancellationToken, Task> Invoke) Get(Type eventType) =>
        _invokers.GetOrAdd(eventType, static type =>
        {
            var handlerType = typeof(ILocalEventHandler<>).MakeGenericType(type);
            var invoke = typeof(LocalEventHandlerInvokers)
                .GetMethod(nameof(InvokeAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                .MakeGenericMethod(type)
                .CreateDelegate<Func<object, object, CancellationToken, Task>>();
            return (handlerType, invoke);
        });

    private static Task InvokeAsync<TEvent>(object handler, object eventData, CancellationToken cancellationToken)
        where TEvent : class =>
        ((ILocalEventHandler<TEvent>)handler).HandleEventAsync((TEvent)eventData, cancellationToken);
}
