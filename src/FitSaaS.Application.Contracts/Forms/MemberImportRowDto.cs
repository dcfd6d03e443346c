namespace FitSaaS.Forms;

/// <summary>One row of a member import and what happened to it.</summary>
public sealed class MemberImportRowDto
{
    /// <summary>The 1-based record number, the header being row 1 (the line number in a file without line breaks in fields).</summary>
    public int Row { get; init; }

    /// <summary>The row's e-mail as given; null when empty.</summary>
    public string? Email { get; init; }

    /// <summary>Created, updated, unchanged or invalid.</summary>
    public MemberImportRowOutcome Outcome { get; init; }

    /// <summary>The member's user id, when known.</summary>
    public Guid? MemberId { get; init; }

    /// <summary>The row's errors.</summary>
    public required IReadOnlyList<MemberImportRowErrorDto> Errors { get; init; }
}
