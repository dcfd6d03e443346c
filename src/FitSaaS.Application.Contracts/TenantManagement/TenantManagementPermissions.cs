namespace FitSaaS.TenantManagement;

/// <summary>Permission names of the TenantManagement module (host side only).</summary>
public static class TenantManagementPermissions
{
    /// <summary>Group name.</summary>
    public const string GroupName = "FitSaaS.TenantManagement";

    /// <summary>Tenant permissions.</summary>
    public static class Tenants
    {
        /// <summary>List and read tenants.</summary>
        public const string Default = GroupName + ".Tenants";

        /// <summary>Create tenants.</summary>
        public const string Create = Default + ".Create";

        /// <summary>Rename tenants.</summary>
        public const string Update = Default + ".Update";

        /// <summary>Delete (soft) tenants.</summary>
        public const string Delete = Default + ".Delete";

        /// <summary>Activate and deactivate tenants.</summary>
        public const string ManageActivation = Default + ".ManageActivation";

        /// <summary>Add and remove tenants' custom domains.</summary>
        public const string ManageDomains = Default + ".ManageDomains";
    }
}
