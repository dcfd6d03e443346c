namespace FitSaaS.Forms;

/// <summary>Permission names of the Forms module.</summary>
public static class FormsPermissions
{
    /// <summary>The permission group.</summary>
    public const string GroupName = "FitSaaS.Forms";

    // The forms engine.

    // Legal documents, signatures, consents, guardians and gates.

    // Data subject requests, member import and export.

    /// <summary>Data subject requests (GDPR export and erasure) and the member CSV import and export.</summary>
    public static class DataRequests
    {
        /// <summary>Request one's own export and read one's own requests (members).</summary>
        public const string Default = GroupName + ".DataRequests";

        /// <summary>Create, process and reject any member's requests, exports and erasures (staff, admin).</summary>
        public const string Manage = Default + ".Manage";
    }
}
