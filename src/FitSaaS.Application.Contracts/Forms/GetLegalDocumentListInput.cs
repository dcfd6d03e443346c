namespace FitSaaS.Forms;

/// <summary>The gym's legal documents: <c>?kind=</c>; by title.</summary>
public sealed class GetLegalDocumentListInput
{
    /// <summary>Only of this kind.</summary>
    public LegalDocumentKind? Kind { get; init; }
}
