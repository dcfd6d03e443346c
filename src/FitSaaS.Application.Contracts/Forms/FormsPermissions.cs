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

    /// <summary>Legal documents (waivers, terms, privacy notice, health declaration) and their versions.</summary>
    public static class LegalDocuments
    {
        /// <summary>Read the gym's legal documents and their versions' texts (members, to sign them).</summary>
        public const string Default = GroupName + ".LegalDocuments";

        /// <summary>Create documents, change their scope and gates, publish versions.</summary>
        public const string Manage = Default + ".Manage";
    }

    /// <summary>Legal signatures and what is still to sign.</summary>
    public static class Signatures
    {
        /// <summary>Sign for oneself or one's dependants; see one's own and one's dependants' signatures and requirements.</summary>
        public const string Default = GroupName + ".Signatures";

        /// <summary>See any member's signatures and requirements; enter signatures at the desk for a member (with the evidence).</summary>
        public const string ManageForMembers = Default + ".ManageForMembers";
    }

    /// <summary>Consents (health data, marketing, photos).</summary>
    public static class Consents
    {
        /// <summary>Grant, withdraw and see one's own and one's dependants' consents.</summary>
        public const string Default = GroupName + ".Consents";

        /// <summary>See and record any member's consents (e.g. on paper at the desk).</summary>
        public const string ManageForMembers = Default + ".ManageForMembers";
    }

    /// <summary>Member profiles (date of birth) and guardians.</summary>
    public static class Guardians
    {
        /// <summary>See one's own profile and guardian links; set one's own date of birth.</summary>
        public const string Default = GroupName + ".Guardians";

        /// <summary>Set any member's date of birth; link and unlink guardians and dependants.</summary>
        public const string Manage = Default + ".Manage";
    }

    // Data subject requests, member import and export.

    /// <summary>Data subject requests (GDPR export and erasure) and the member CSV import and export.</summary>
    public static class DataRequests
    {
        /// <summary>Request one's own export and read one's own requests (members).</summary>
        public const string Default = GroupName + ".DataRequests";

        /// <summary>Create, process and reject any member's requests, exports and erasures (staff, admin).</summary>
        public const string Manage = Default + ".Manage";
    }

    /// <summary>The gym's member data in and out as CSV (a gym moving in or out).</summary>
    public static class MemberData
    {
        /// <summary>Export the gym's members, memberships, bookings and payments as CSV.</summary>
        public const string Default = GroupName + ".MemberData";

        /// <summary>Import members from CSV (creates and updates member accounts).</summary>
        public const string Import = Default + ".Import";
    }
}
