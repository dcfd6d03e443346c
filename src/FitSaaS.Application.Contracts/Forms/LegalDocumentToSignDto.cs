namespace FitSaaS.Forms;

/// <summary>A document to sign and the exact version to sign.</summary>
public sealed class LegalDocumentToSignDto
{
    /// <summary>The document.</summary>
    public Guid DocumentId { get; init; }

    /// <summary>Its title.</summary>
    public required string Title { get; init; }

    /// <summary>Its kind.</summary>
    public LegalDocumentKind Kind { get; init; }

    /// <summary>The version to sign.</summary>
    public Guid VersionId { get; init; }

    /// <summary>Its number.</summary>
    public int VersionNumber { get; init; }

    /// <summary>Its text's SHA-256 (hex), to send back when signing.</summary>
    public required string TextHash { get; init; }
}
