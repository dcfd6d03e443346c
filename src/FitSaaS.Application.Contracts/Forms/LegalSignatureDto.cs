namespace FitSaaS.Forms;

/// <summary>A legal signature and its evidence.</summary>
public sealed class LegalSignatureDto
{
    /// <summary>Id.</summary>
    public Guid Id { get; init; }

    /// <summary>The document.</summary>
    public Guid LegalDocumentId { get; init; }

    /// <summary>The exact version signed.</summary>
    public Guid VersionId { get; init; }

    /// <summary>Its number.</summary>
    public int VersionNumber { get; init; }

    /// <summary>SHA-256 (hex) of the text signed.</summary>
    public required string TextHash { get; init; }

    /// <summary>The member it binds.</summary>
    public Guid MemberId { get; init; }

    /// <summary>Whose signature it is (the member or a guardian).</summary>
    public Guid SignerId { get; init; }

    /// <summary>In what capacity.</summary>
    public LegalSignerRole SignerRole { get; init; }

    /// <summary>Who entered it (the signer, or staff at the desk).</summary>
    public Guid EnteredById { get; init; }

    /// <summary>The typed name, or null.</summary>
    public string? TypedName { get; init; }

    /// <summary>The drawn signature, or null.</summary>
    public string? DrawnSignature { get; init; }

    /// <summary>When (UTC).</summary>
    public DateTime SignedAt { get; init; }

    /// <summary>The client's IP address, or null.</summary>
    public string? IpAddress { get; init; }

    /// <summary>The client's user agent, or null.</summary>
    public string? UserAgent { get; init; }
}
