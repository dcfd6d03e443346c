using FitSaaS.Framework.Authorization;

namespace FitSaaS.Billing;

/// <summary>Defines the Billing permissions.</summary>
public sealed class BillingPermissionDefinitionProvider : PermissionDefinitionProvider
{
    /// <inheritdoc/>
    public override void Define(IPermissionDefinitionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var group = context.AddGroup(BillingPermissions.GroupName, "Billing");
        group.AddPermission(BillingPermissions.Plans.Default, "Plans", MultiTenancySides.Tenant).AddChild(BillingPermissions.Plans.Manage, "Manage plans");
        group.AddPermission(BillingPermissions.Memberships.Default, "Memberships", MultiTenancySides.Tenant).AddChild(BillingPermissions.Memberships.Manage, "Manage memberships");
        group.AddPermission(BillingPermissions.Invoices.Default, "Invoices", MultiTenancySides.Tenant).AddChild(BillingPermissions.Invoices.Manage, "Manage invoices and payments");
        group.AddPermission(BillingPermissions.OnlinePayments.Default, "Online payments: the Stripe connection", MultiTenancySides.Tenant);
        group.AddPermission(BillingPermissions.Reports.Default, "Financial reports", MultiTenancySides.Tenant);
    }
}
