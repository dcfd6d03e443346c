namespace FitSaaS.Identity;

/// <summary>Permission names of the Identity module.</summary>
public static class IdentityPermissions
{
    /// <summary>Group name.</summary>
    public const string GroupName = "FitSaaS.Identity";

    /// <summary>User management (tenant admins: their tenant's users; host admins: host users).</summary>
    public static class Users
    {
        /// <summary>List and read users.</summary>
        public const string Default = GroupName + ".Users";

        /// <summary>Create users.</summary>
        public const string Create = Default + ".Create";

        /// <summary>Change users, their roles, lock/unlock them and reset passwords.</summary>
        public const string Update = Default + ".Update";

        /// <summary>Delete users.</summary>
        public const string Delete = Default + ".Delete";
    }

    /// <summary>Role management.</summary>
    public static class Roles
    {
        /// <summary>List and read roles.</summary>
        public const string Default = GroupName + ".Roles";

        /// <summary>Create custom roles.</summary>
        public const string Create = Default + ".Create";

        /// <summary>Rename custom roles.</summary>
        public const string Update = Default + ".Update";

        /// <summary>Delete custom roles that nobody holds.</summary>
        public const string Delete = Default + ".Delete";
    }

    /// <summary>OAuth client permissions (host admins: host clients; tenant admins: their tenant's machine clients).</summary>
    public static class Clients
    {
        /// <summary>List and read clients.</summary>
        public const string Default = GroupName + ".Clients";

        /// <summary>Register clients.</summary>
        public const string Create = Default + ".Create";

        /// <summary>Change clients and regenerate their secrets.</summary>
        public const string Update = Default + ".Update";

        /// <summary>Delete clients.</summary>
        public const string Delete = Default + ".Delete";
    }
}
