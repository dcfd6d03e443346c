using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Forms;

/// <summary>
/// A signature of one exact <see cref="LegalDocumentVersion"/>, kept as evidence (DOMAIN.md §2.16): the version and the text hash
/// shown, the typed name and/or drawn signature, the UTC instant, the client's IP address and user agent, whose signature it is
/// (<see cref="SignerId"/>, the member or a guardian) on whose behalf (<see cref="MemberId"/>), and who entered it
/// (<see cref="EnteredById"/>: the signer, or staff at the desk). Never changed nor deleted, also not by an erasure (the
/// tenant's liability). <see cref="LegalSignatureManager"/> creates it.
/// </summary>
public sealed class LegalSignature : CreationAuditedAggregateRoot<Guid>, IMultiTenant
{
    private LegalSignature()
    {
        TextHash = null!;
    }

    internal LegalSignature(
        Guid id, Guid? tenantId, LegalDocumentVersion version, Guid memberId, Guid signerId, LegalSignerRole signerRole, Guid enteredById,
        string? typedName, string? drawnSignature, DateTime signedAt, string? ipAddress, string? userAgent)
        : base(id)
    {
        TenantId = tenantId;
        LegalDocumentId = version.LegalDocumentId;
        VersionId = version.Id;
        VersionNumber = version.Number;
        TextHash = version.TextHash;
        MemberId = memberId;
        SignerId = signerId;
        SignerRole = signerRole;
        EnteredById = enteredById;
        TypedName = typedName;
        DrawnSignature = drawnSignature;
        SignedAt = signedAt;
        IpAddress = ipAddress is null ? null : ipAddress[..Math.Min(ipAddress.Length, LegalDocumentConsts.MaxIpAddressLength)];
        UserAgent = userAgent is null ? null : userAgent[..Math.Min(userAgent.Length, LegalDocumentConsts.MaxUserAgentLength)];
        AddLocalEvent(new LegalSignedEvent(memberId));
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The document.</summary>
    public Guid LegalDocumentId { get; private set; }

    /// <summary>The exact version signed.</summary>
    public Guid VersionId { get; private set; }

    /// <summary>Its number.</summary>
    public int VersionNumber { get; private set; }

    /// <summary>The SHA-256 (lower-case hex) of the text shown and signed; equals the version's.</summary>
    public string TextHash { get; private set; }

    /// <summary>The member the signature binds (user id).</summary>
    public Guid MemberId { get; private set; }

    /// <summary>Whose signature it is: the member, or their guardian.</summary>
    public Guid SignerId { get; private set; }

    /// <summary>In what capacity the signer signed.</summary>
    public LegalSignerRole SignerRole { get; private set; }

    /// <summary>Who entered it: the signer themself, or a staff user at the desk.</summary>
    public Guid EnteredById { get; private set; }

    /// <summary>The name typed by the signer; null when only drawn.</summary>
    public string? TypedName { get; private set; }

    /// <summary>The drawn signature (an SVG path, or a PNG/SVG data URL; at most 256 KB); null when only typed.</summary>
    public string? DrawnSignature { get; private set; }

    /// <summary>When it was signed (UTC).</summary>
    public DateTime SignedAt { get; private set; }

    /// <summary>The client's IP address; null outside an HTTP request.</summary>
    public string? IpAddress { get; private set; }

    /// <summary>The client's user agent (cut to <see cref="LegalDocumentConsts.MaxUserAgentLength"/>); null when unknown.</summary>
    public string? UserAgent { get; private set; }
}
