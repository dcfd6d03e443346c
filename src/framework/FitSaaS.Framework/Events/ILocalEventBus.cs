namespace FitSaaS.Framework.Events;

/// <summary>Publishes local events to their in-process handlers.</summary>
public interface ILocalEventBus
{
    /// <summary>
    /// Calls every before-commit handler of the event's runtime type, in registration order, and queues the
    /// after-commit handlers on the current unit of work (or calls them at once when none is active).
    /// </summary>
    Task PublishAsync(object eventData, CancellationToken cancellationToken = default);
}
