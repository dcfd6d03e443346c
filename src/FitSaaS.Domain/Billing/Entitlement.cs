using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Billing;

/// <summary>
/// A right to book that a membership granted (DOMAIN.md §2.10–2.11): a pack's credits, a membership period's allowance,
/// or an unlimited right. It says <b>when</b> it can be used — sessions whose local date (in the session's location's zone)
/// is from <see cref="ValidFrom"/> to <see cref="ValidUntil"/>, so it expires at the end of its last day where the class
/// is — and by its plan, <b>what</b>; <b>how many</b> is never
/// stored here: the balance is the sum of its <see cref="EntitlementLedgerEntry"/> quantities (grant +N, reserve/consume −1,
/// refund +1, expire −rest), derived, never a bare counter. Created once per <see cref="SourceKey"/> (a membership's period:
/// a replayed payment or renewal grants nothing twice).
/// </summary>
public sealed class Entitlement : CreationAuditedAggregateRoot<Guid>, IMultiTenant
{
    private Entitlement()
    {
        SourceKey = null!;
    }

    /// <summary>Creates the entitlement a membership grants (the grant entry is written by <see cref="EntitlementManager"/>).</summary>
    public Entitlement(
        Guid id, Guid? tenantId, Membership membership, string sourceKey, bool unlimited, DateOnly validFrom, DateOnly? validUntil, int? validityDaysOnFirstUse, DateTime now)
        : base(id)
    {
        ArgumentNullException.ThrowIfNull(membership);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceKey);
        TenantId = tenantId;
        MemberId = membership.MemberId;
        MembershipId = membership.Id;
        PlanId = membership.PlanId;
        SourceKey = sourceKey;
        Unlimited = unlimited;
        ValidFrom = validFrom;
        ValidUntil = validUntil;
        ValidityDaysOnFirstUse = validityDaysOnFirstUse;
        GrantedAtUtc = now;
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The member.</summary>
    public Guid MemberId { get; private set; }

    /// <summary>The membership that granted it.</summary>
    public Guid MembershipId { get; private set; }

    /// <summary>The plan (its coverage applies).</summary>
    public Guid PlanId { get; private set; }

    /// <summary>What granted it (<c>membership:{id}:period:{n}</c>); unique per tenant.</summary>
    public string SourceKey { get; private set; }

    /// <summary>An unlimited right: bookings record a consumption of 0.</summary>
    public bool Unlimited { get; private set; }

    /// <summary>Its first day: sessions on this local date or later can use it.</summary>
    public DateOnly ValidFrom { get; private set; }

    /// <summary>Its last day (inclusive); null = no end yet (unlimited until its membership ends, or a pack not activated yet).</summary>
    public DateOnly? ValidUntil { get; private set; }

    /// <summary>A pack activated on first use: days of validity from the first session's date, until activated; null otherwise.</summary>
    public int? ValidityDaysOnFirstUse { get; private set; }

    /// <summary>When a first-use pack was activated (the first session's local date); null otherwise.</summary>
    public DateOnly? ActivatedOn { get; private set; }

    /// <summary>When it was granted (UTC).</summary>
    public DateTime GrantedAtUtc { get; private set; }

    /// <summary>A pack waiting for its first use.</summary>
    public bool AwaitsFirstUse => ValidityDaysOnFirstUse is not null && ActivatedOn is null;

    /// <summary>Whether a session on <paramref name="sessionDate"/> (its local date where it takes place) may use it — validity is checked at the session, not at booking (DOMAIN.md §2.11).</summary>
    public bool IsValidOn(DateOnly sessionDate) => sessionDate >= ValidFrom && (ValidUntil is null || sessionDate <= ValidUntil);

    /// <summary>
    /// Activates a first-use pack with its first session, on <paramref name="sessionDate"/>: valid until
    /// <c>sessionDate + validity − 1</c> (inclusive). Does nothing once activated.
    /// </summary>
    public void ActivateOnFirstUse(DateOnly sessionDate)
    {
        if (!AwaitsFirstUse)
        {
            return;
        }

        ActivatedOn = sessionDate;
        ValidUntil = sessionDate.AddDays(ValidityDaysOnFirstUse!.Value - 1);
    }

    /// <summary>Moves its last day by <paramref name="days"/> (a freeze inside its period).</summary>
    public void Extend(int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        ValidUntil = ValidUntil?.AddDays(days);
    }

    /// <summary>Ends its validity after <paramref name="lastDay"/> when that is sooner (its membership ended).</summary>
    public void EndBy(DateOnly lastDay)
    {
        if (ValidUntil is null || lastDay < ValidUntil)
        {
            ValidUntil = lastDay < ValidFrom ? ValidFrom.AddDays(-1) : lastDay;
        }
    }
}
