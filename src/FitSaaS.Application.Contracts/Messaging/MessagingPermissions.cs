namespace FitSaaS.Messaging;

/// <summary>Permission names of the Messaging module.</summary>
public static class MessagingPermissions
{
    /// <summary>The permission group.</summary>
    public const string GroupName = "FitSaaS.Messaging";

    // Notifications.
    /// <summary>Notifications and their preferences.</summary>
    public static class Notifications
    {
        /// <summary>Read and mark one's own notifications; read and change one's own notification preferences (members).</summary>
        public const string Default = GroupName + ".Notifications";

        /// <summary>Read any member's notification preferences and preview notification templates (staff).</summary>
        public const string Manage = Default + ".Manage";
    }

    // Announcements.

    /// <summary>Announcements.</summary>
    public static class Announcements
    {
        /// <summary>Read the announcements delivered to oneself and mark them read (members).</summary>
        public const string Default = GroupName + ".Announcements";

        /// <summary>Write, publish, schedule and cancel announcements and read their receipts (staff).</summary>
        public const string Manage = Default + ".Manage";
    }

    // Conversations.

    /// <summary>Conversations: 1:1 conversations and workout threads.</summary>
    public static class Conversations
    {
        /// <summary>Start, read and post in one's conversations and the gym's workout threads (members and staff).</summary>
        public const string Default = GroupName + ".Conversations";

        /// <summary>Read any conversation of the gym, hide messages and block members (staff).</summary>
        public const string Moderate = Default + ".Moderate";
    }

    // Real time.

    // Templates.

    /// <summary>The gym's notification templates.</summary>
    public static class Templates
    {
        /// <summary>Read, set, revert and preview the gym's notification templates (staff).</summary>
        public const string Default = GroupName + ".Templates";
    }
}
