using FitSaaS.Framework.Authorization;

namespace FitSaaS.Billing.Platform;

/// <summary>Defines the platform billing permissions: edition prices and the gyms' overview for operators, the subscription for gyms.</summary>
public sealed class PlatformBillingPermissionDefinitionProvider : PermissionDefinitionProvider
{
    /// <inheritdoc/>
    public override void Define(IPermissionDefinitionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var group = context.AddGroup(PlatformBillingPermissions.GroupName, "Platform billing");
        group.AddPermission(PlatformBillingPermissions.EditionPrices.Default, "Edition prices", MultiTenancySides.Host)
            .AddChild(PlatformBillingPermissions.EditionPrices.Manage, "Set edition prices");
        group.AddPermission(PlatformBillingPermissions.Tenants.Default, "Gyms' billing status", MultiTenancySides.Host);
        group.AddPermission(PlatformBillingPermissions.Subscription.Default, "The gym's platform subscription", MultiTenancySides.Tenant);
    }
}
