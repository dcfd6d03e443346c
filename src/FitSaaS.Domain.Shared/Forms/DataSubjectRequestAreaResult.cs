namespace FitSaaS.Forms;

/// <summary>What one area (<c>Module.Area</c>) did for a processed data subject request.</summary>
/// <param name="Area">The area's stable name, e.g. <c>Billing.Billing</c>.</param>
/// <param name="Exported">Export: whether the area held data about the member (an archive entry was written).</param>
/// <param name="Deleted">Erasure: rows deleted.</param>
/// <param name="Pseudonymised">Erasure: rows kept with the member's identifying data replaced.</param>
/// <param name="Retained">Erasure: rows kept unchanged (legal retention, liability).</param>
/// <param name="Note">Why rows were kept; null when none were.</param>
public sealed record DataSubjectRequestAreaResult(string Area, bool Exported, int Deleted, int Pseudonymised, int Retained, string? Note);
