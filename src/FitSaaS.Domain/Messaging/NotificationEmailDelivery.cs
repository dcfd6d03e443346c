using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Messaging;

/// <summary>
/// The e-mail channel of one notification: exactly one per (tenant, recipient, <see cref="SourceKey"/>), created in the unit of
/// work that handles the event; it is the e-mail's outbox. <see cref="NotificationEmailJob"/> delivers it after that unit of
/// work commits (one job for all the deliveries an event created), or at the end of the member's quiet hours, and records
/// <see cref="SentAtUtc"/> at once, so a re-run or a second job sends nothing more. The recipient's address is read when it
/// is sent and never stored here.
/// </summary>
public sealed class NotificationEmailDelivery : AggregateRoot<Guid>, IMultiTenant
{
    private NotificationEmailDelivery()
    {
        // EF Core
        SourceKey = null!;
        Subject = null!;
        Body = null!;
    }

    internal NotificationEmailDelivery(
        Guid id, Guid? tenantId, Guid recipientUserId, NotificationKind kind, string sourceKey, string subject, string body,
        DateTime createdAtUtc, DateTime? deferredUntilUtc)
        : base(id)
    {
        TenantId = tenantId;
        RecipientUserId = recipientUserId;
        Kind = kind;
        SourceKey = sourceKey;
        Subject = Notification.Truncate(subject, NotificationConsts.MaxTitleLength);
        Body = Notification.Truncate(body, NotificationConsts.MaxBodyLength);
        CreatedAtUtc = createdAtUtc;
        DeferredUntilUtc = deferredUntilUtc;
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The user (member) it is for.</summary>
    public Guid RecipientUserId { get; private set; }

    /// <summary>What it is about.</summary>
    public NotificationKind Kind { get; private set; }

    /// <summary>The idempotency key derived from the event; unique per recipient.</summary>
    public string SourceKey { get; private set; }

    /// <summary>The rendered subject.</summary>
    public string Subject { get; private set; }

    /// <summary>The rendered plain-text body.</summary>
    public string Body { get; private set; }

    /// <summary>When the delivery was created (UTC).</summary>
    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>The end of the member's quiet hours it waits for (UTC); null when it was sent at once.</summary>
    public DateTime? DeferredUntilUtc { get; private set; }

    /// <summary>When it was delivered to the mail server or the pickup folder, or skipped (UTC); null while waiting. Set once: a re-run job sends nothing more.</summary>
    public DateTime? SentAtUtc { get; private set; }

    /// <summary>The RFC 5322 Message-Id of its e-mail (without angle brackets), the same on every attempt: <c>{id:N}.notification@fitsaas.local</c>.</summary>
    public string MessageId => $"{Id:N}.notification@fitsaas.local";

    /// <summary>True when the recipient had no e-mail address when it was due (nothing was sent).</summary>
    public bool Skipped { get; private set; }

    /// <summary>Records that it was delivered at <paramref name="nowUtc"/>.</summary>
    public void MarkSent(DateTime nowUtc) => SentAtUtc ??= nowUtc;

    /// <summary>Records that nothing could be sent (no address) at <paramref name="nowUtc"/>.</summary>
    public void MarkSkipped(DateTime nowUtc)
    {
        Skipped = true;
        SentAtUtc ??= nowUtc;
    }
}
