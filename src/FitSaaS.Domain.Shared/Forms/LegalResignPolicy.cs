namespace FitSaaS.Forms;

/// <summary>Who must sign a newly published version of a legal document.</summary>
public enum LegalResignPolicy
{
    /// <summary>Everybody: members who signed an older version must sign this one once it is effective.</summary>
    AllMustResign = 0,

    /// <summary>Only members who never signed the document; a signature of an older version still counts.</summary>
    OnlyNewSigners = 1,
}
