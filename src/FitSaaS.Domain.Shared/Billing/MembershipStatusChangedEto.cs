using FitSaaS.Framework.Events.Distributed;

namespace FitSaaS.Billing;

/// <summary>
/// Distributed event <c>Billing.MembershipStatusChanged.v1</c>: a membership entered a status (<see cref="MembershipStatus"/>),
/// creation included. Published through the outbox in the transaction of the change; the tenant travels in the envelope.
/// Messaging tells members (welcome, past due, frozen); reports follow churn.
/// </summary>
[EventName("Billing.MembershipStatusChanged.v1")]
public sealed class MembershipStatusChangedEto
{
    /// <summary>The membership.</summary>
    public Guid MembershipId { get; init; }

    /// <summary>The member (a user id of the tenant).</summary>
    public Guid MemberUserId { get; init; }

    /// <summary>The plan.</summary>
    public Guid PlanId { get; init; }

    /// <summary>The status before; null for a new membership.</summary>
    public MembershipStatus? PreviousStatus { get; init; }

    /// <summary>The new status.</summary>
    public MembershipStatus Status { get; init; }

    /// <summary>When (UTC).</summary>
    public DateTime OccurredAtUtc { get; init; }
}
