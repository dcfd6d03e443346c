namespace FitSaaS.Forms;

/// <summary>A document a member must sign, with the exact version to sign (the data of <see cref="FormsErrorCodes.DocumentsToSign"/>).</summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Title">Its title.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="VersionId">The version to sign (the current one).</param>
/// <param name="VersionNumber">Its number.</param>
/// <param name="TextHash">Its text's SHA-256 (lower-case hex), to send back when signing.</param>
public sealed record LegalDocumentToSign(Guid DocumentId, string Title, LegalDocumentKind Kind, Guid VersionId, int VersionNumber, string TextHash);
