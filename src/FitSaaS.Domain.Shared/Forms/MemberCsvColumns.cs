namespace FitSaaS.Forms;

/// <summary>
/// The columns of the member CSV (RFC 4180, UTF-8, a header row, comma-separated): what the import reads and the members export
/// writes, so an export imports again. Header names are matched case-insensitively, surrounding spaces ignored.
/// </summary>
public static class MemberCsvColumns
{
    /// <summary>The member's e-mail: required, the key an import matches existing members by (case-insensitively).</summary>
    public const string Email = "email";

    /// <summary>Given name (optional).</summary>
    public const string FirstName = "first_name";

    /// <summary>Family name (optional).</summary>
    public const string LastName = "last_name";

    /// <summary>Phone number as typed (optional): digits, spaces and <c>+ ( ) - .</c>.</summary>
    public const string Phone = "phone";

    /// <summary>Date of birth, ISO 8601 <c>yyyy-MM-dd</c> (optional).</summary>
    public const string DateOfBirth = "date_of_birth";

    /// <summary>The member's user id: written by the export, ignored by the import.</summary>
    public const string MemberId = "member_id";

    /// <summary>When the member's account was created (UTC, ISO 8601): written by the export, ignored by the import.</summary>
    public const string JoinedAt = "joined_at";

    /// <summary>The columns an import reads (<see cref="Email"/> required).</summary>
    public static IReadOnlyList<string> Imported { get; } = [Email, FirstName, LastName, Phone, DateOfBirth];

    /// <summary>The columns an import accepts and ignores (the export's own).</summary>
    public static IReadOnlyList<string> Ignored { get; } = [MemberId, JoinedAt];
}
