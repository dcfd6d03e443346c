namespace FitSaaS.Billing;

/// <summary>
/// Changes a recurring membership's plan (same period and currency): a dearer plan at once with a prorated invoice for
/// the rest of the period, a cheaper one at the period's end. Errors: <c>Billing:InvalidPlanChange</c>,
/// <c>Billing:InvalidMembershipStatus</c> (not active, or cancelling), <c>Billing:PlanArchived</c>.
/// </summary>
public sealed class ChangeMembershipPlanDto
{
    /// <summary>The new plan.</summary>
    public Guid PlanId { get; init; }
}
