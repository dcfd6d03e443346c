namespace FitSaaS.Forms;

/// <summary>A legal document with its versions.</summary>
public sealed class LegalDocumentDto
{
    /// <summary>Id.</summary>
    public Guid Id { get; init; }

    /// <summary>What it is.</summary>
    public LegalDocumentKind Kind { get; init; }

    /// <summary>Title.</summary>
    public required string Title { get; init; }

    /// <summary>Applies to every member.</summary>
    public bool AppliesToAll { get; init; }

    /// <summary>Class types it applies to.</summary>
    public required IReadOnlyList<Guid> ClassTypeIds { get; init; }

    /// <summary>Plans it applies to.</summary>
    public required IReadOnlyList<Guid> PlanIds { get; init; }

    /// <summary>Locations it applies to.</summary>
    public required IReadOnlyList<Guid> LocationIds { get; init; }

    /// <summary>The operations it gates (single flags).</summary>
    public required IReadOnlyList<LegalDocumentGates> Gates { get; init; }

    /// <summary>The number of the latest published version; 0 before the first.</summary>
    public int LatestVersionNumber { get; init; }

    /// <summary>The version in effect now (the one to sign), or null before the first takes effect.</summary>
    public LegalDocumentVersionDto? CurrentVersion { get; init; }

    /// <summary>Every version, by number (texts only when one document is read).</summary>
    public required IReadOnlyList<LegalDocumentVersionDto> Versions { get; init; }
}
