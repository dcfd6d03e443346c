using FitSaaS.Framework.Authorization;

namespace FitSaaS.AuditLogging;

/// <summary>Defines the AuditLogging permission (host and tenant side; admins hold it).</summary>
public sealed class AuditLoggingPermissionDefinitionProvider : PermissionDefinitionProvider
{
    /// <inheritdoc/>
    public override void Define(IPermissionDefinitionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var group = context.AddGroup(AuditLoggingPermissions.GroupName, "Audit logging");
        group.AddPermission(AuditLoggingPermissions.AuditLogs, "Audit logs", MultiTenancySides.Both);
    }
}
