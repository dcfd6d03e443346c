using FitSaaS.Framework.Authorization;

namespace FitSaaS.EventBus;

/// <summary>Defines the event-bus permission (host side only).</summary>
public sealed class EventBusPermissionDefinitionProvider : PermissionDefinitionProvider
{
    /// <inheritdoc/>
    public override void Define(IPermissionDefinitionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var group = context.AddGroup(EventBusPermissions.GroupName, "Event bus");
        group.AddPermission(EventBusPermissions.DeadLetters, "Dead-lettered events", MultiTenancySides.Host);
    }
}
