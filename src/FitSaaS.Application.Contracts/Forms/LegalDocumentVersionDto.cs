namespace FitSaaS.Forms;

/// <summary>A published version of a legal document.</summary>
public sealed class LegalDocumentVersionDto
{
    /// <summary>The version's id (sign it with this id and <see cref="TextHash"/>).</summary>
    public Guid Id { get; init; }

    /// <summary>The document.</summary>
    public Guid LegalDocumentId { get; init; }

    /// <summary>The number, 1 for the first.</summary>
    public int Number { get; init; }

    /// <summary>The text (markdown); null in lists.</summary>
    public string? Text { get; init; }

    /// <summary>SHA-256 of the text's UTF-8 bytes, lower-case hexadecimal.</summary>
    public required string TextHash { get; init; }

    /// <summary>When it takes effect (UTC).</summary>
    public DateTime EffectiveFrom { get; init; }

    /// <summary>Who must sign it.</summary>
    public LegalResignPolicy Policy { get; init; }

    /// <summary>When it was published (UTC).</summary>
    public DateTime PublishedAt { get; init; }
}
