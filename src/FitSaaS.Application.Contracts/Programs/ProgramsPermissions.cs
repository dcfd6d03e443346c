namespace FitSaaS.Programs;

/// <summary>Permission names of the Programs module.</summary>
public static class ProgramsPermissions
{
    /// <summary>The permission group.</summary>
    public const string GroupName = "FitSaaS.Programs";

    /// <summary>The exercise library.</summary>
    public static class Exercises
    {
        /// <summary>Search and read the library (global exercises and the tenant's own); host and tenants.</summary>
        public const string Default = GroupName + ".Exercises";

        /// <summary>Create the tenant's custom exercises.</summary>
        public const string Create = Default + ".Create";

        /// <summary>Change the tenant's custom exercises.</summary>
        public const string Update = Default + ".Update";

        /// <summary>Delete the tenant's custom exercises.</summary>
        public const string Delete = Default + ".Delete";
    }
}
