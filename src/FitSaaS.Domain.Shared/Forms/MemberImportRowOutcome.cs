namespace FitSaaS.Forms;

/// <summary>What an import did (or, in a dry run, would do) with one row of the member CSV.</summary>
public enum MemberImportRowOutcome
{
    /// <summary>A new member account (no password yet: the member sets one through the password-reset e-mail).</summary>
    Created = 1,

    /// <summary>The member with that e-mail exists; their names, phone or date of birth change.</summary>
    Updated = 2,

    /// <summary>The member with that e-mail exists with exactly these details (a re-run of the same file).</summary>
    Unchanged = 3,

    /// <summary>The row has errors: nothing of it is imported.</summary>
    Invalid = 4,
}
