namespace FitSaaS.Billing;

/// <summary>
/// Sells a plan to a member (staff, <c>Billing.Memberships.Manage</c>): a pending membership and its first invoice, paid
/// with <c>POST /api/billing/payments</c> (a free plan is active at once). Errors: <c>Billing:PlanArchived</c>,
/// <c>Billing:PlanAlreadyPurchased</c>, <c>Billing:FirstUsePackPending</c> (a pack that starts on first use while the member holds one
/// not used yet), <c>Billing:MemberNotFound</c>.
/// </summary>
public sealed class CreateMembershipDto
{
    /// <summary>The member (a user id of the gym).</summary>
    public Guid MemberId { get; init; }

    /// <summary>The plan.</summary>
    public Guid PlanId { get; init; }

    /// <summary>First day in the gym's zone (default today); at most 31 days back, a year ahead.</summary>
    public DateOnly? StartDate { get; init; }
}
