namespace FitSaaS.Forms;

/// <summary>Stable codes of a member CSV row's errors (each error names its column).</summary>
public static class MemberImportRowErrorCodes
{
    /// <summary>The column is required and empty (<c>email</c>).</summary>
    public const string Required = "Required";

    /// <summary>Longer than the column allows; the message says the limit.</summary>
    public const string TooLong = "TooLong";

    /// <summary>Not an e-mail address.</summary>
    public const string InvalidEmail = "InvalidEmail";

    /// <summary>Not a phone number (digits, spaces and <c>+ ( ) - .</c>, at least 3 digits).</summary>
    public const string InvalidPhone = "InvalidPhone";

    /// <summary>Not an ISO 8601 date (<c>yyyy-MM-dd</c>).</summary>
    public const string InvalidDate = "InvalidDate";

    /// <summary>A date of birth in the future or more than 130 years back (in the gym's time zone).</summary>
    public const string DateOutOfRange = "DateOutOfRange";

    /// <summary>An earlier row of the file has the same e-mail (case-insensitively).</summary>
    public const string DuplicateInFile = "DuplicateInFile";

    /// <summary>The e-mail is another account's user name.</summary>
    public const string EmailInUse = "EmailInUse";

    /// <summary>A row with another number of fields than the header.</summary>
    public const string FieldCount = "FieldCount";
}
