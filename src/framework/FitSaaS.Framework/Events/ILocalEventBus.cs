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
public sealed class LocalEventBus(IServiceProvider services) : ILocalEventBus
{
    /// <inheritdoc/>
    public async Task PublishAsync(object eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        var handlerType = typeof(ILocalEventHandler<>).MakeGenericType(eventData.GetType());
        var method = handlerType.GetMethod(nameof(ILocalEventHandler<object>.HandleEventAsync))!;
        foreach (var handler in services.GetServices(handlerType))
        {
            await (Task)method.Invoke(handler, [eventData, cancellationToken])!;
        }
    }
}
