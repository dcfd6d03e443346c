namespace FitSaaS.Forms;

/// <summary>Permission names of the Forms module.</summary>
public static class FormsPermissions
{
    /// <summary>The permission group.</summary>
    public const string GroupName = "FitSaaS.Forms";

    // The forms engine.

    // Legal documents, signatures, consents, guardians and gates.

    // Data subject requests, member import and export.
}
