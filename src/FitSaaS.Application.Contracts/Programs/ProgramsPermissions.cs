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

    /// <summary>The workout library.</summary>
    public static class Workouts
    {
        /// <summary>Search and read workouts (global benchmarks and the tenant's own); host and tenants.</summary>
        public const string Default = GroupName + ".Workouts";

        /// <summary>Create the tenant's workouts (and copy benchmarks).</summary>
        public const string Create = Default + ".Create";

        /// <summary>Edit the tenant's workouts.</summary>
        public const string Update = Default + ".Update";

        /// <summary>Delete the tenant's workouts.</summary>
        public const string Delete = Default + ".Delete";
    }

    /// <summary>Programming tracks.</summary>
    public static class Tracks
    {
        /// <summary>Read tracks and their published days (members: from the visible-from instant).</summary>
        public const string Default = GroupName + ".Tracks";

        /// <summary>Create, edit and delete tracks.</summary>
        public const string Manage = Default + ".Manage";

        /// <summary>Publish and unpublish workouts, apply templates, and see days before they are visible.</summary>
        public const string Publish = Default + ".Publish";
    }

    /// <summary>Program templates.</summary>
    public static class Templates
    {
        /// <summary>Read templates.</summary>
        public const string Default = GroupName + ".Templates";

        /// <summary>Create, edit and delete templates.</summary>
        public const string Manage = Default + ".Manage";
    }

    /// <summary>Coaching assignments.</summary>
    public static class Assignments
    {
        /// <summary>Read one's own assignments.</summary>
        public const string Default = GroupName + ".Assignments";

        /// <summary>Assign workouts to members, see every member's assignments and the coaching grid.</summary>
        public const string Manage = Default + ".Manage";
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
