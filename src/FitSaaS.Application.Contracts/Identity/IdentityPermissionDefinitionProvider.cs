using FitSaaS.Framework.Authorization;

namespace FitSaaS.Identity;

/// <summary>Defines the Identity permissions.</summary>
public sealed class IdentityPermissionDefinitionProvider : PermissionDefinitionProvider
{
    /// <inheritdoc/>
    public override void Define(IPermissionDefinitionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var group = context.AddGroup(IdentityPermissions.GroupName, "Identity");
        var users = group.AddPermission(IdentityPermissions.Users.Default, "Users");
        users.AddChild(IdentityPermissions.Users.Create, "Create users");
        users.AddChild(IdentityPermissions.Users.Update, "Change users");
        users.AddChild(IdentityPermissions.Users.Delete, "Delete users");
        var roles = group.AddPermission(IdentityPermissions.Roles.Default, "Roles");
        roles.AddChild(IdentityPermissions.Roles.Create, "Create roles");
        roles.AddChild(IdentityPermissions.Roles.Update, "Rename roles");
        roles.AddChild(IdentityPermissions.Roles.Delete, "Delete roles");
        var clients = group.AddPermission(IdentityPermissions.Clients.Default, "OAuth clients");
        clients.AddChild(IdentityPermissions.Clients.Create, "Register clients");
        clients.AddChild(IdentityPermissions.Clients.Update, "Change clients");
        clients.AddChild(IdentityPermissions.Clients.Delete, "Delete clients");
    }
}
