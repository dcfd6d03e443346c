namespace FitSaaS.Billing;

/// <summary>The outcome of a plan change.</summary>
public sealed class ChangeMembershipPlanResultDto
{
    /// <summary>The membership: on the new plan (upgrade), or with <see cref="MembershipDto.ScheduledPlanId"/> set (downgrade).</summary>
    public required MembershipDto Membership { get; init; }

    /// <summary>An upgrade's proration invoice (the difference for the rest of the period, minor units); null for a downgrade.</summary>
    public InvoiceDto? Invoice { get; init; }

    /// <summary>The first day on the new plan (local date): today for an upgrade, the next period's first day for a downgrade.</summary>
    public DateOnly EffectiveDate { get; init; }
}
