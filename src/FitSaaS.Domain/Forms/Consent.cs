using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Forms;

/// <summary>
/// One recorded change of a member's consent to a purpose (GDPR Art. 7 and 9): granted or withdrawn, when (UTC), by whom and
/// from which client. Rows are only appended (the history); the latest row of a member and purpose is the consent in force, so
/// a withdrawal takes effect at once. Separate from any terms of membership. <see cref="ConsentManager"/> records them.
/// </summary>
public sealed class Consent : CreationAuditedAggregateRoot<Guid>, IMultiTenant
{
    private Consent()
    {
    }

    internal Consent(Guid id, Guid? tenantId, Guid memberId, ConsentPurpose purpose, bool granted, DateTime recordedAt, Guid recordedById, string? note, string? ipAddress, string? userAgent)
        : base(id)
    {
        TenantId = tenantId;
        MemberId = memberId;
        Purpose = purpose;
        Granted = granted;
        RecordedAt = recordedAt;
        RecordedById = recordedById;
        Note = note;
        IpAddress = ipAddress is null ? null : ipAddress[..Math.Min(ipAddress.Length, LegalDocumentConsts.MaxIpAddressLength)];
        UserAgent = userAgent is null ? null : userAgent[..Math.Min(userAgent.Length, LegalDocumentConsts.MaxUserAgentLength)];
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The member (user id).</summary>
    public Guid MemberId { get; private set; }

    /// <summary>The purpose.</summary>
    public ConsentPurpose Purpose { get; private set; }

    /// <summary>True for a grant, false for a withdrawal.</summary>
    public bool Granted { get; private set; }

    /// <summary>When it was recorded and took effect (UTC).</summary>
    public DateTime RecordedAt { get; private set; }

    /// <summary>Who recorded it: the member, or staff for them.</summary>
    public Guid RecordedById { get; private set; }

    /// <summary>A note (e.g. "on paper at the desk"); null when none.</summary>
    public string? Note { get; private set; }

    /// <summary>The client's IP address; null outside an HTTP request.</summary>
    public string? IpAddress { get; private set; }

    /// <summary>The client's user agent; null when unknown.</summary>
    public string? UserAgent { get; private set; }
}
