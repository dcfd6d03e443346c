using FitSaaS.Framework.Authorization;

namespace FitSaaS.Messaging;

/// <summary>Defines the Messaging permissions (all tenant-side).</summary>
public sealed class MessagingPermissionDefinitionProvider : PermissionDefinitionProvider
{
    /// <inheritdoc/>
    public override void Define(IPermissionDefinitionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var group = context.AddGroup(MessagingPermissions.GroupName, "Messaging");
        _ = group;

        // Notifications.
        var notifications = group.AddPermission(MessagingPermissions.Notifications.Default, "Notifications (own)", MultiTenancySides.Tenant);
        notifications.AddChild(MessagingPermissions.Notifications.Manage, "Manage notifications (members' preferences, templates)", MultiTenancySides.Tenant);

        // Announcements.
        var announcements = group.AddPermission(MessagingPermissions.Announcements.Default, "Announcements (own)", MultiTenancySides.Tenant);
        announcements.AddChild(MessagingPermissions.Announcements.Manage, "Manage announcements", MultiTenancySides.Tenant);

        // Conversations.
        var conversations = group.AddPermission(MessagingPermissions.Conversations.Default, "Conversations", MultiTenancySides.Tenant);
        conversations.AddChild(MessagingPermissions.Conversations.Moderate, "Moderate conversations (hide messages, block members)", MultiTenancySides.Tenant);

        // Real time.

        // Templates.
        group.AddPermission(MessagingPermissions.Templates.Default, "Notification templates", MultiTenancySides.Tenant);
    }
}
