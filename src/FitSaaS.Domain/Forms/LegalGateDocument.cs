namespace FitSaaS.Forms;

/// <summary>
/// A legal document as the gates read it (<see cref="LegalGateProvider"/>): what it is, where it applies, what it gates, and its
/// published versions without their texts.
/// </summary>
/// <param name="Id">The document's id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Scope">Where it applies.</param>
/// <param name="Gates">The operations it gates (never <see cref="LegalDocumentGates.None"/> here).</param>
/// <param name="Versions">Its versions (at least one), by number.</param>
public sealed record LegalGateDocument(
    Guid Id, string Title, LegalDocumentKind Kind, LegalDocumentScope Scope, LegalDocumentGates Gates, IReadOnlyList<LegalVersionSummary> Versions)
{
    /// <summary>True when the document gates the operation of <paramref name="target"/> (see <see cref="LegalDocument.Applies(LegalTarget)"/>).</summary>
    public bool Applies(LegalTarget target) => LegalDocument.Applies(Gates, Scope, target);
}
