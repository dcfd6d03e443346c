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
    typeof(TenantManagementApplicationModule),
    typeof(FeatureManagementApplicationModule),
    typeof(IdentityApplicationModule),
    typeof(PermissionManagementApplicationModule),
    typeof(BookingsApplicationModule),
    typeof(Billing.BillingApplicationModule),
    typeof(Billing.Platform.PlatformBillingApplicationModule),
    typeof(ProgramsApplicationModule),
    typeof(Forms.FormsApplicationModule),
    typeof(Messaging.MessagingApplicationModule),
    typeof(SettingManagementApplicationModule),
    typeof(AuditLoggingApplicationModule),
    typeof(EventBus.EventBusApplicationModule),
    typeof(BackgroundJobs.BackgroundJobsApplicationModule),
    Optional = true)]
public sealed class FitSaaSApplicationModule : FitSaaSModule;
