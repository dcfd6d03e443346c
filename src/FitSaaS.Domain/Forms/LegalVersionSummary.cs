namespace FitSaaS.Forms;

/// <summary>A <see cref="LegalDocumentVersion"/> without its text.</summary>
/// <param name="Id">The version.</param>
/// <param name="LegalDocumentId">Its document.</param>
/// <param name="Number">Its number.</param>
/// <param name="EffectiveFrom">When it takes effect (UTC).</param>
/// <param name="Policy">Who must sign it.</param>
/// <param name="TextHash">Its text's SHA-256 (lower-case hex).</param>
public sealed record LegalVersionSummary(Guid Id, Guid LegalDocumentId, int Number, DateTime EffectiveFrom, LegalResignPolicy Policy, string TextHash) : ILegalVersionTerms;
