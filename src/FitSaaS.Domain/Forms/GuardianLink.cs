using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Forms;

/// <summary>
/// A guardian (an adult member) of a dependant (usually a minor) in one tenant: the guardian may sign legal documents and manage
/// consents on the dependant's behalf. <see cref="GuardianshipManager"/> creates it; staff remove it; an erasure of either deletes it.
/// </summary>
public sealed class GuardianLink : CreationAuditedAggregateRoot<Guid>, IMultiTenant
{
    private GuardianLink()
    {
    }

    internal GuardianLink(Guid id, Guid? tenantId, Guid guardianId, Guid dependantId, DateTime linkedAt)
        : base(id)
    {
        TenantId = tenantId;
        GuardianId = guardianId;
        DependantId = dependantId;
        LinkedAt = linkedAt;
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The guardian (user id).</summary>
    public Guid GuardianId { get; private set; }

    /// <summary>The dependant (user id).</summary>
    public Guid DependantId { get; private set; }

    /// <summary>When the link was made (UTC).</summary>
    public DateTime LinkedAt { get; private set; }
}
