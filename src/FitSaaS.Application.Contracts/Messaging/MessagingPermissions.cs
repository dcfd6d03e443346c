namespace FitSaaS.Messaging;

/// <summary>Permission names of the Messaging module.</summary>
public static class MessagingPermissions
{
    /// <summary>The permission group.</summary>
    public const string GroupName = "FitSaaS.Messaging";

    // Notifications.

    // Announcements.

    // Conversations.

    // Real time.
}
