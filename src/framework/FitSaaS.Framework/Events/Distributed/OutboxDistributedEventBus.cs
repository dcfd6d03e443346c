using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Tracing;
using FitSaaS.Framework.Uow;
using Microsoft.Extensions.Options;

namespace FitSaaS.Framework.Events.Distributed;

/// <summary>Default <see cref="IDistributedEventBus"/>: wraps the event in an envelope and writes it to the <see cref="IDistributedEventOutbox"/>.</summary>
public sealed class OutboxDistributedEventBus(
    IDistributedEventOutbox outbox,
    IUnitOfWorkManager unitOfWorkManager,
    IOptions<DistributedEventOptions> eventOptions,
    IGuidGenerator guidGenerator,
    ICurrentTenant currentTenant,
    ICorrelationIdAccessor correlationIdAccessor,
    TimeProvider timeProvider) : IDistributedEventBus
{
    /// <inheritdoc/>
    public async Task PublishAsync<TEto>(TEto eventData, CancellationToken cancellationToken = default)
        where TEto : class
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (unitOfWorkManager.Current is null)
        {
            throw new InvalidOperationException(
                $"Distributed event {typeof(TEto).Name} must be published inside a unit of work (it is written to the outbox of its transaction).");
        }

        var envelope = DistributedEventEnvelope.Create(
            eventOptions.Value.EventTypes, eventData, guidGenerator.Create(), currentTenant.Id,
            AsyncLocalCorrelationIdAccessor.Normalize(correlationIdAccessor.CorrelationId), timeProvider.GetUtcNow().UtcDateTime);
        await outbox.AddAsync(envelope, cancellationToken);
    }
}
