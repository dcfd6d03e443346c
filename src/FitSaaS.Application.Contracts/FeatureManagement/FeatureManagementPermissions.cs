namespace FitSaaS.FeatureManagement;

/// <summary>Permission names of the FeatureManagement module (host side only: platform operators).</summary>
public static class FeatureManagementPermissions
{
    /// <summary>Group name.</summary>
    public const string GroupName = "FitSaaS.FeatureManagement";

    /// <summary>Edition permissions.</summary>
    public static class Editions
    {
        /// <summary>List and read editions and their values.</summary>
        public const string Default = GroupName + ".Editions";

        /// <summary>Create editions.</summary>
        public const string Create = Default + ".Create";

        /// <summary>Rename editions and change their values.</summary>
        public const string Update = Default + ".Update";

        /// <summary>Delete editions no tenant is on.</summary>
        public const string Delete = Default + ".Delete";
    }

    /// <summary>Tenant feature permissions.</summary>
    public static class TenantFeatures
    {
        /// <summary>Read a tenant's edition and resolved feature values.</summary>
        public const string Default = GroupName + ".TenantFeatures";

        /// <summary>Change a tenant's edition (and trial end) and its overrides.</summary>
        public const string Manage = Default + ".Manage";
    }
}
