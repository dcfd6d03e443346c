using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Billing;

/// <summary>
/// A freeze (hold) of a membership (DOMAIN.md §2.12): from <see cref="StartDate"/> to <see cref="EndDate"/> inclusive, local
/// dates in the membership's zone. The member cannot book sessions inside it; the term and the billing dates move by its
/// length. Part of its <see cref="Membership"/>.
/// </summary>
public sealed class MembershipFreeze : Entity<Guid>, IMultiTenant
{
    private MembershipFreeze()
    {
    }

    internal MembershipFreeze(Guid id, Guid? tenantId, Guid membershipId, DateOnly startDate, DateOnly endDate, string? reason, DateTime createdAtUtc)
        : base(id)
    {
        TenantId = tenantId;
        MembershipId = membershipId;
        StartDate = startDate;
        EndDate = endDate;
        Reason = reason;
        CreatedAtUtc = createdAtUtc;
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The membership.</summary>
    public Guid MembershipId { get; private set; }

    /// <summary>First frozen day (local date).</summary>
    public DateOnly StartDate { get; private set; }

    /// <summary>Last frozen day (local date, inclusive).</summary>
    public DateOnly EndDate { get; private set; }

    /// <summary>Why (optional).</summary>
    public string? Reason { get; private set; }

    /// <summary>When it was requested (UTC).</summary>
    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>Its length in days.</summary>
    public int Days => EndDate.DayNumber - StartDate.DayNumber + 1;

    /// <summary>Whether <paramref name="date"/> is frozen.</summary>
    public bool Contains(DateOnly date) => date >= StartDate && date <= EndDate;
}
