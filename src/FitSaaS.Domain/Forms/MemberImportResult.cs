namespace FitSaaS.Forms;

/// <summary>The outcome of a member import (or of its dry run).</summary>
/// <param name="DryRun">True when nothing was written.</param>
/// <param name="TotalRows">The file's data rows.</param>
/// <param name="Created">Rows that create (or created) a member.</param>
/// <param name="Updated">Rows that change an existing member.</param>
/// <param name="Unchanged">Rows that match an existing member exactly.</param>
/// <param name="Invalid">Rows with errors (skipped when the import was told to skip them).</param>
/// <param name="InvalidRows">Every invalid row with its errors, in file order.</param>
public sealed record MemberImportResult(bool DryRun, int TotalRows, int Created, int Updated, int Unchanged, int Invalid, IReadOnlyList<MemberImportRowResult> InvalidRows);
