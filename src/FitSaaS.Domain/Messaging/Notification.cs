using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Messaging;

/// <summary>
/// An in-app notification of one user (a member), rendered from its kind's template in the member's language when it was
/// produced by <see cref="NotificationDispatcher"/>. Exactly one exists per (tenant, recipient, <see cref="SourceKey"/>): the
/// source key is derived from the event's content, so a redelivered or republished event produces nothing more.
/// </summary>
public sealed class Notification : AggregateRoot<Guid>, IMultiTenant
{
    private Notification()
    {
        // EF Core
        SourceKey = null!;
        Title = null!;
        Body = null!;
    }

    internal Notification(
        Guid id, Guid? tenantId, Guid recipientUserId, NotificationKind kind, string sourceKey, string title, string body,
        string? linkEntityType, Guid? linkEntityId, DateTime createdAtUtc)
        : base(id)
    {
        TenantId = tenantId;
        RecipientUserId = recipientUserId;
        Kind = kind;
        Category = NotificationCategories.Of(kind);
        SourceKey = sourceKey;
        Title = Truncate(title, NotificationConsts.MaxTitleLength);
        Body = Truncate(body, NotificationConsts.MaxBodyLength);
        LinkEntityType = linkEntityType;
        LinkEntityId = linkEntityId;
        CreatedAtUtc = createdAtUtc;
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The user (member) it is for.</summary>
    public Guid RecipientUserId { get; private set; }

    /// <summary>What it is about.</summary>
    public NotificationKind Kind { get; private set; }

    /// <summary>The opt-out category of <see cref="Kind"/>.</summary>
    public NotificationCategory Category { get; private set; }

    /// <summary>The idempotency key derived from the event (e.g. <c>booking-confirmed:{bookingId}</c>); unique per recipient.</summary>
    public string SourceKey { get; private set; }

    /// <summary>The rendered title (plain text).</summary>
    public string Title { get; private set; }

    /// <summary>The rendered body (plain text).</summary>
    public string Body { get; private set; }

    /// <summary>The type of the entity it links to (e.g. <c>Booking</c>, <c>Invoice</c>); null when none.</summary>
    public string? LinkEntityType { get; private set; }

    /// <summary>The id of the entity it links to; null when none.</summary>
    public Guid? LinkEntityId { get; private set; }

    /// <summary>When it was stored (UTC).</summary>
    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>When the recipient read it (UTC); null while unread.</summary>
    public DateTime? ReadAtUtc { get; private set; }

    /// <summary>Marks it read at <paramref name="nowUtc"/>; a notification already read keeps its first read instant.</summary>
    public void MarkRead(DateTime nowUtc) => ReadAtUtc ??= nowUtc;

    internal static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
