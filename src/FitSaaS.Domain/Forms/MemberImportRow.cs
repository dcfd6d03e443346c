namespace FitSaaS.Forms;

/// <summary>
/// One data row of a member CSV as read (<see cref="MemberCsvReader"/>): the cells of the imported columns, trimmed, null
/// when empty or when the file has no such column.
/// </summary>
/// <param name="Row">The 1-based record number, the header being row 1.</param>
/// <param name="Line">The 1-based line where the record starts.</param>
/// <param name="FieldCount">The record's number of fields.</param>
/// <param name="Email">The <c>email</c> cell.</param>
/// <param name="FirstName">The <c>first_name</c> cell.</param>
/// <param name="LastName">The <c>last_name</c> cell.</param>
/// <param name="Phone">The <c>phone</c> cell.</param>
/// <param name="DateOfBirth">The <c>date_of_birth</c> cell.</param>
public sealed record MemberImportRow(int Row, long Line, int FieldCount, string? Email, string? FirstName, string? LastName, string? Phone, string? DateOfBirth);
