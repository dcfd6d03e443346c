using FitSaaS.AuditLogging;
using FitSaaS.BackgroundJobs;
using FitSaaS.Bookings;
using FitSaaS.EventBus;
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
    typeof(TenantManagementDomainModule),
    typeof(FeatureManagementDomainModule),
    typeof(IdentityDomainModule),
    typeof(PermissionManagementDomainModule),
    typeof(BookingsDomainModule),
    typeof(Billing.BillingDomainModule),
    typeof(Billing.Platform.PlatformBillingDomainModule),
    typeof(ProgramsDomainModule),
    typeof(Forms.FormsDomainModule),
    typeof(Messaging.MessagingDomainModule),
    typeof(SettingManagementDomainModule),
    typeof(AuditLoggingDomainModule),
    typeof(EventBusDomainModule),
    typeof(BackgroundJobsDomainModule),
    Optional = true)]
public sealed class FitSaaSDomainModule : FitSaaSModule;
