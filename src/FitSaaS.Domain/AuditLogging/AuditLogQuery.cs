using FitSaaS.Framework.Auditing;

namespace FitSaaS.AuditLogging;

/// <summary>Filters of an audit-log search; null members do not filter.</summary>
public sealed class AuditLogQuery
{
    /// <summary>Entries of this user.</summary>
    public Guid? UserId { get; init; }

    /// <summary>Entries whose user name equals this.</summary>
    public string? UserName { get; init; }

    /// <summary>Entries starting at or after this UTC instant.</summary>
    public DateTime? FromUtc { get; init; }

    /// <summary>Entries starting before this UTC instant.</summary>
    public DateTime? ToUtc { get; init; }

    /// <summary>Entries whose URL contains this text.</summary>
    public string? Url { get; init; }

    /// <summary>Entries with this status.</summary>
    public int? HttpStatusCode { get; init; }

    /// <summary>True: failed entries only; false: successful only.</summary>
    public bool? HasException { get; init; }

    /// <summary>Entries that changed an entity of this type (full name).</summary>
    public string? EntityTypeFullName { get; init; }

    /// <summary>Entries that changed the entity with this key.</summary>
    public string? EntityId { get; init; }

    /// <summary>Entries with an entity change of this type.</summary>
    public EntityChangeType? ChangeType { get; init; }
}
