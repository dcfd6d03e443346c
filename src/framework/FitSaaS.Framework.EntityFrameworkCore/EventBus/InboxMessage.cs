using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Framework.EntityFrameworkCore.EventBus;

/// <summary>
/// A distributed event already handled in this database (table <c>InboxMessages</c>, key = message id): inserted in the
/// handlers' transaction, so a redelivered message is skipped. Tenant-owned; old rows are deleted by a daily job.
/// </summary>
public sealed class InboxMessage : Entity<Guid>, IMultiTenant
{
    private InboxMessage()
    {
        EventName = null!;
    }

    /// <summary>Records that <paramref name="messageId"/> is handled.</summary>
    public InboxMessage(Guid messageId, Guid? tenantId, string eventName, DateTime processedAt)
        : base(messageId)
    {
        TenantId = tenantId;
        EventName = eventName;
        ProcessedAt = processedAt;
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The event's wire name.</summary>
    public string EventName { get; private set; }

    /// <summary>When it was handled (UTC).</summary>
    public DateTime ProcessedAt { get; private set; }
}
