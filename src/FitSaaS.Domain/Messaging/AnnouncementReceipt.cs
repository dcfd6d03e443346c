using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Messaging;

/// <summary>
/// One recipient of a delivered <see cref="Announcement"/> (unique per announcement and user): when it was delivered to them
/// and when they read it (the read receipt).
/// </summary>
public sealed class AnnouncementReceipt : AggregateRoot<Guid>, IMultiTenant
{
    private AnnouncementReceipt()
    {
        // EF Core
    }

    /// <summary>Creates an unread receipt.</summary>
    public AnnouncementReceipt(Guid id, Guid? tenantId, Guid announcementId, Guid userId, DateTime deliveredAtUtc)
        : base(id)
    {
        TenantId = tenantId;
        AnnouncementId = announcementId;
        UserId = userId;
        DeliveredAtUtc = deliveredAtUtc;
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The announcement.</summary>
    public Guid AnnouncementId { get; private set; }

    /// <summary>The recipient (a member's user id).</summary>
    public Guid UserId { get; private set; }

    /// <summary>When it was delivered (UTC).</summary>
    public DateTime DeliveredAtUtc { get; private set; }

    /// <summary>When the recipient first read it (UTC); null while unread.</summary>
    public DateTime? ReadAtUtc { get; private set; }

    /// <summary>Marks it read at <paramref name="nowUtc"/> unless it already is.</summary>
    /// <returns>True when it was unread.</returns>
    public bool MarkRead(DateTime nowUtc)
    {
        if (ReadAtUtc is not null)
        {
            return false;
        }

        ReadAtUtc = nowUtc;
        return true;
    }
}
