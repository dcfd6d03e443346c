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

    /// <summary>Body metrics: definitions and members' entries.</summary>
    public static class BodyMetrics
    {
        /// <summary>See the metric definitions; log, read, change and delete one's own entries.</summary>
        public const string Default = GroupName + ".BodyMetrics";

        /// <summary>Create, change and delete the tenant's own metric definitions.</summary>
        public const string ManageDefinitions = Default + ".ManageDefinitions";

        /// <summary>Read, log, change and delete any member's entries (coaches, front desk).</summary>
        public const string ManageForMembers = Default + ".ManageForMembers";
    }

    /// <summary>Members' goals.</summary>
    public static class Goals
    {
        /// <summary>Set, read, change and abandon one's own goals.</summary>
        public const string Default = GroupName + ".Goals";

        /// <summary>Set, read, change and abandon any member's goals (coaches).</summary>
        public const string ManageForMembers = Default + ".ManageForMembers";
    }
}
