namespace FitSaaS.Framework.Events.Distributed;

/// <summary>
/// Handles one distributed event type; registered by convention. Runs in the message's tenant scope, in a new unit of
/// work that also records the message id in the inbox, so a redelivered message is handled once. Throwing rolls the unit
/// of work back and the message is retried (<see cref="DistributedEventBusOptions.MaxDeliveryAttempts"/>), then dead-lettered.
/// </summary>
/// <typeparam name="TEto">The event type, named <c>{Subject}{PastTense}Eto</c>.</typeparam>
public interface IDistributedEventHandler<in TEto>
    where TEto : class
{
    /// <summary>Handles the event inside the message's tenant scope and unit of work.</summary>
    Task HandleEventAsync(TEto eventData, CancellationToken cancellationToken = default);
}
