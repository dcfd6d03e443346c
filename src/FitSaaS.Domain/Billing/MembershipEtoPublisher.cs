using FitSaaS.Framework.Events;
using FitSaaS.Framework.Events.Distributed;

namespace FitSaaS.Billing;

/// <summary>Turns every local <see cref="MembershipStatusChangedEvent"/> into <see cref="MembershipStatusChangedEto"/> through the outbox, in the change's transaction.</summary>
public sealed class MembershipEtoPublisher(IDistributedEventBus eventBus) : ILocalEventHandler<MembershipStatusChangedEvent>
{
    /// <inheritdoc/>
    public Task HandleEventAsync(MembershipStatusChangedEvent eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        return eventBus.PublishAsync(
            new MembershipStatusChangedEto
            {
                MembershipId = eventData.MembershipId,
                MemberUserId = eventData.MemberId,
                PlanId = eventData.PlanId,
                PreviousStatus = eventData.PreviousStatus,
                Status = eventData.Status,
                OccurredAtUtc = eventData.OccurredAtUtc,
            },
            cancellationToken);
    }
}
