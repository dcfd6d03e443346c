namespace FitSaaS.Messaging;

/// <summary>Permission names of the Messaging module.</summary>
public static class MessagingPermissions
{
    /// <summary>The permission group.</summary>
    public const string GroupName = "FitSaaS.Messaging";

    // Notifications.

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

    // Real time.
}
