namespace FitSaaS.Billing;

/// <summary>Local event: a membership entered <paramref name="Status"/> (raised by every transition, creation included).</summary>
/// <param name="MembershipId">The membership.</param>
/// <param name="MemberId">The member.</param>
/// <param name="PlanId">Its plan.</param>
/// <param name="PreviousStatus">The status before; null for a new membership.</param>
/// <param name="Status">The new status.</param>
/// <param name="OccurredAtUtc">When (UTC).</param>
public sealed record MembershipStatusChangedEvent(Guid MembershipId, Guid MemberId, Guid PlanId, MembershipStatus? PreviousStatus, MembershipStatus Status, DateTime OccurredAtUtc);
