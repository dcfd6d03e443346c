using FitSaaS.Framework.Authorization;

namespace FitSaaS.BackgroundJobs;

/// <summary>Defines the background-jobs permissions (host side only).</summary>
public sealed class BackgroundJobPermissionDefinitionProvider : PermissionDefinitionProvider
{
    /// <inheritdoc/>
    public override void Define(IPermissionDefinitionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var group = context.AddGroup(BackgroundJobPermissions.GroupName, "Background jobs");
        group.AddPermission(BackgroundJobPermissions.Failures, "Failed background jobs", MultiTenancySides.Host);
        group.AddPermission(BackgroundJobPermissions.Dashboard, "Background jobs dashboard", MultiTenancySides.Host);
    }
}
