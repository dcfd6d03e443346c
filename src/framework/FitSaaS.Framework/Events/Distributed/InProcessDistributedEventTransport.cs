namespace FitSaaS.Framework.Events.Distributed;

/// <summary>
/// The in-process transport (embedded profile, and the default when no broker is configured): hands each message to the
/// <see cref="IDistributedEventReceiver"/> of this process, in a clean execution context (none of the dispatcher's tenant,
/// cross-tenant scope or user flows into the handlers). A failed handling throws, so the outbox keeps the message and the
/// dispatcher retries it with back-off, then dead-letters it.
/// </summary>
public sealed class InProcessDistributedEventTransport(IDistributedEventReceiver receiver) : IDistributedEventTransport
{
    /// <inheritdoc/>
    public async Task SendAsync(DistributedEventEnvelope envelope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        Task delivery;
        using (ExecutionContext.SuppressFlow())
        {
            delivery = Task.Run(() => receiver.ReceiveAsync(envelope, cancellationToken), CancellationToken.None);
        }

        await delivery;
    }
}
