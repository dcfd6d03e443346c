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

    /// <summary>Workout and lift results and personal records.</summary>
    public static class Results
    {
        /// <summary>Log, read, change and delete one's own results; read one's own personal records.</summary>
        public const string Default = GroupName + ".Results";

        /// <summary>Staff: log results for a member, and read any member's results and personal records.</summary>
        public const string LogForMembers = Default + ".LogForMembers";

        /// <summary>Staff: change and delete any member's results (implies reading them).</summary>
        public const string ManageAll = Default + ".ManageAll";
    }

    /// <summary>Leaderboards.</summary>
    public static class Leaderboards
    {
        /// <summary>Read the leaderboards of published workouts (members and staff).</summary>
        public const string Default = GroupName + ".Leaderboards";
    }
}
