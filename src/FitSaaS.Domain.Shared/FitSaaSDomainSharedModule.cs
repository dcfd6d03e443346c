using FitSaaS.AuditLogging;
using FitSaaS.Bookings;
using FitSaaS.FeatureManagement;
using FitSaaS.Framework.Modularity;
using FitSaaS.Identity;
using FitSaaS.PermissionManagement;
using FitSaaS.Programs;
using FitSaaS.SettingManagement;
using FitSaaS.TenantManagement;

namespace FitSaaS;

/// <summary>All modules of this layer (listed: each may be left out with <c>Modules:Exclude</c> unless a loaded module requires it).</summary>
[DependsOn(
    typeof(TenantManagementDomainSharedModule),
    typeof(FeatureManagementDomainSharedModule),
    typeof(IdentityDomainSharedModule),
    typeof(PermissionManagementDomainSharedModule),
    typeof(BookingsDomainSharedModule),
    typeof(Billing.BillingDomainSharedModule),
    typeof(ProgramsDomainSharedModule),
    typeof(Forms.FormsDomainSharedModule),
    typeof(Messaging.MessagingDomainSharedModule),
    typeof(SettingManagementDomainSharedModule),
    typeof(AuditLoggingDomainSharedModule),
    Optional = true)]
public sealed class FitSaaSDomainSharedModule : FitSaaSModule;
