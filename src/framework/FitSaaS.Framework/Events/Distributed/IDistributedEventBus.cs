namespace FitSaaS.Framework.Events.Distributed;

/// <summary>
/// Publishes distributed events (<c>…Eto</c>) through the transactional outbox: the event is written as an outbox row in
/// the database of the change, in the caller's unit of work, and sent by the outbox dispatcher after commit. A rolled-back
/// unit of work sends nothing.
/// </summary>
public interface IDistributedEventBus
{
    /// <summary>
    /// Adds <paramref name="eventData"/> to the outbox of the current unit of work, stamped with a new message id, the
    /// current tenant, the correlation id of the request or job and the current UTC time.
    /// </summary>
    /// <typeparam name="TEto">A type registered in <see cref="DistributedEventOptions.EventTypes"/>.</typeparam>
    /// <exception cref="InvalidOperationException">The type is not registered, or no unit of work is active.</exception>
    Task PublishAsync<TEto>(TEto eventData, CancellationToken cancellationToken = default)
        where TEto : class;
}
