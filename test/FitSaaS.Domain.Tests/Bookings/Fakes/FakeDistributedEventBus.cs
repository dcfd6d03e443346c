using FitSaaS.Framework.Events.Distributed;

namespace FitSaaS.Domain.Tests.Bookings.Fakes;

/// <summary>Records what is published, in order.</summary>
public sealed class FakeDistributedEventBus : IDistributedEventBus
{
    public List<object> Published { get; } = [];

    public Task PublishAsync<TEto>(TEto eventData, CancellationToken cancellationToken = default)
        where TEto : class
    {
        Published.Add(eventData);
        return Task.CompletedTask;
    }
}
