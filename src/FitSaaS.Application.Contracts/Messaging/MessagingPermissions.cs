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

    // Conversations.

    // Real time.
}
