namespace FitSaaS.Forms;

/// <summary>One error of a member CSV row.</summary>
/// <param name="Column">The column (<see cref="MemberCsvColumns"/>), or <c>*</c> for the row as a whole.</param>
/// <param name="Code">The stable code (<see cref="MemberImportRowErrorCodes"/>).</param>
/// <param name="Message">What is wrong, in English (never the cell's value).</param>
public sealed record MemberImportRowError(string Column, string Code, string Message);
