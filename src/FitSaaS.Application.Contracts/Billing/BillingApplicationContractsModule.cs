using FitSaaS.Framework.Authorization;
using FitSaaS.Framework.Modularity;
using FitSaaS.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Billing;

/// <summary>The Billing module's application-service contracts, DTOs and permission definitions.</summary>
[DependsOn(typeof(BillingDomainSharedModule), typeof(IdentityDomainSharedModule), typeof(Bookings.BookingsDomainSharedModule))]
public sealed class BillingApplicationContractsModule : FitSaaSModule
{
    /// <summary>What members get by default: the plans on offer, their own memberships, balances, ledger, invoices and payments.</summary>
    public static readonly IReadOnlyList<string> MemberPermissions =
    [
        BillingPermissions.Plans.Default,
        BillingPermissions.Memberships.Default,
        BillingPermissions.Invoices.Default,
    ];

    /// <summary>What staff get by default: everything in Billing.</summary>
    public static readonly IReadOnlyList<string> StaffPermissions =
    [
        BillingPermissions.Plans.Default,
        BillingPermissions.Plans.Manage,
        BillingPermissions.Memberships.Default,
        BillingPermissions.Memberships.Manage,
        BillingPermissions.Invoices.Default,
        BillingPermissions.Invoices.Manage,
        BillingPermissions.Reports.Default,
    ];

    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Services.Configure<PermissionOptions>(o =>
        {
            o.DefinitionProviders.Add(typeof(BillingPermissionDefinitionProvider));
            o.GrantToRole(IdentityConsts.StaffRole, [.. StaffPermissions]);
            o.GrantToRole(IdentityConsts.MemberRole, [.. MemberPermissions]);
        });
    }
}
