using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Forms;

/// <summary>
/// What Forms knows about a member beyond the user account: the date of birth (a local date), from which
/// <see cref="FormsCalendar"/> tells minors from adults. One per member of a tenant; an erasure clears the date.
/// </summary>
public sealed class MemberProfile : AuditedAggregateRoot<Guid>, IMultiTenant
{
    private MemberProfile()
    {
    }

    internal MemberProfile(Guid id, Guid? tenantId, Guid memberId)
        : base(id)
    {
        TenantId = tenantId;
        MemberId = memberId;
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The member (user id); unique in the tenant.</summary>
    public Guid MemberId { get; private set; }

    /// <summary>The date of birth; null when unknown (the member counts as an adult).</summary>
    public DateOnly? DateOfBirth { get; private set; }

    /// <summary>Sets or clears the date of birth (checked by <see cref="FormsCalendar"/>).</summary>
    internal void SetDateOfBirth(DateOnly? dateOfBirth) => DateOfBirth = dateOfBirth;

    /// <summary>Clears the date of birth (erasure).</summary>
    public void EraseDateOfBirth() => DateOfBirth = null;
}
