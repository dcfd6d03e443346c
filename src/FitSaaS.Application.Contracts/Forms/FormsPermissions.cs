namespace FitSaaS.Forms;

/// <summary>Permission names of the Forms module.</summary>
public static class FormsPermissions
{
    /// <summary>The permission group.</summary>
    public const string GroupName = "FitSaaS.Forms";

    // The forms engine.

    /// <summary>Forms and their published versions.</summary>
    public static class Forms
    {
        /// <summary>Read published form versions (to fill them in).</summary>
        public const string Default = GroupName + ".Forms";

        /// <summary>Create, edit, publish and list the gym's forms and drafts.</summary>
        public const string Manage = Default + ".Manage";
    }

    /// <summary>Form submissions.</summary>
    public static class Submissions
    {
        /// <summary>Submit one's own answers and read one's own submissions.</summary>
        public const string Default = GroupName + ".Submissions";

        /// <summary>Submit answers for a member (recorded as the submitter) and read any member's submissions.</summary>
        public const string SubmitForMembers = Default + ".SubmitForMembers";

        /// <summary>Read every submission and approve or reject them.</summary>
        public const string Review = Default + ".Review";
    }

    /// <summary>Forms issued to members.</summary>
    public static class IssuedForms
    {
        /// <summary>See one's own issued forms (what is still to fill in).</summary>
        public const string Default = GroupName + ".IssuedForms";

        /// <summary>Issue forms to members and see every member's issued forms.</summary>
        public const string Manage = Default + ".Manage";
    }

    // Legal documents, signatures, consents, guardians and gates.

    // Data subject requests, member import and export.
}
