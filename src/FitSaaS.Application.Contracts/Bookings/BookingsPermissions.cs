namespace FitSaaS.Bookings;

/// <summary>Permission names of the Bookings module (tenant side only).</summary>
public static class BookingsPermissions
{
    /// <summary>Group name.</summary>
    public const string GroupName = "FitSaaS.Bookings";

    /// <summary>Location permissions.</summary>
    public static class Locations
    {
        /// <summary>List and read locations.</summary>
        public const string Default = GroupName + ".Locations";

        /// <summary>Create locations.</summary>
        public const string Create = Default + ".Create";

        /// <summary>Change locations.</summary>
        public const string Update = Default + ".Update";

        /// <summary>Delete (soft) locations.</summary>
        public const string Delete = Default + ".Delete";
    }

    /// <summary>Class type permissions.</summary>
    public static class ClassTypes
    {
        /// <summary>List and read class types.</summary>
        public const string Default = GroupName + ".ClassTypes";

        /// <summary>Create class types.</summary>
        public const string Create = Default + ".Create";

        /// <summary>Change class types.</summary>
        public const string Update = Default + ".Update";

        /// <summary>Delete (soft) class types.</summary>
        public const string Delete = Default + ".Delete";
    }

    /// <summary>Class schedules (recurring classes).</summary>
    public static class ClassSchedules
    {
        /// <summary>See schedules.</summary>
        public const string Default = GroupName + ".ClassSchedules";

        /// <summary>Create schedules (and generate their sessions).</summary>
        public const string Create = Default + ".Create";

        /// <summary>Change schedules, generate their sessions now.</summary>
        public const string Update = Default + ".Update";

        /// <summary>Delete schedules.</summary>
        public const string Delete = Default + ".Delete";
    }

    /// <summary>Class session permissions.</summary>
    public static class ClassSessions
    {
        /// <summary>List and read sessions (the timetable).</summary>
        public const string Default = GroupName + ".ClassSessions";

        /// <summary>Schedule sessions.</summary>
        public const string Create = Default + ".Create";

        /// <summary>Change sessions (time, place, capacity, coach).</summary>
        public const string Update = Default + ".Update";

        /// <summary>Delete (soft) sessions without active bookings.</summary>
        public const string Delete = Default + ".Delete";

        /// <summary>See a session's roster: who is confirmed and who waits.</summary>
        public const string Roster = Default + ".Roster";
    }

    /// <summary>Reports for staff.</summary>
    public static class Reports
    {
        /// <summary>See the attendance report (peak hours, popular classes, coaches, locations).</summary>
        public const string Default = GroupName + ".Reports";
    }

    /// <summary>Booking permissions.</summary>
    public static class Bookings
    {
        /// <summary>Book sessions for oneself, see and cancel one's own bookings.</summary>
        public const string Default = GroupName + ".Bookings";

        /// <summary>See, create and cancel any member's bookings (front desk).</summary>
        public const string Manage = Default + ".Manage";
    }
}
