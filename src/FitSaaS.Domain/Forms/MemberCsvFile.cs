namespace FitSaaS.Forms;

/// <summary>A member CSV as read: its header's width and its data rows.</summary>
/// <param name="HeaderFieldCount">The number of columns of the header.</param>
/// <param name="Rows">The data rows, in file order.</param>
public sealed record MemberCsvFile(int HeaderFieldCount, IReadOnlyList<MemberImportRow> Rows);
