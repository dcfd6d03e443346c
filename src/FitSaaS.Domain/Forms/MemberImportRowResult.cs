namespace FitSaaS.Forms;

/// <summary>What the import did, or would do in a dry run, with one row.</summary>
/// <param name="Row">The 1-based record number, the header being row 1.</param>
/// <param name="Email">The row's e-mail as given (null when empty).</param>
/// <param name="Outcome">Created, updated, unchanged or invalid.</param>
/// <param name="MemberId">The member's user id (an existing member's, or the new one's after a real import); null otherwise.</param>
/// <param name="Errors">The row's errors; empty unless <see cref="MemberImportRowOutcome.Invalid"/>.</param>
public sealed record MemberImportRowResult(int Row, string? Email, MemberImportRowOutcome Outcome, Guid? MemberId, IReadOnlyList<MemberImportRowError> Errors);
