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

        // Conversations.

        // Real time.
    }
}
