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
    typeof(TenantManagementApplicationContractsModule),
    typeof(FeatureManagementApplicationContractsModule),
    typeof(IdentityApplicationContractsModule),
    typeof(PermissionManagementApplicationContractsModule),
    typeof(BookingsApplicationContractsModule),
    typeof(Billing.BillingApplicationContractsModule),
    typeof(Billing.Platform.PlatformBillingApplicationContractsModule),
    typeof(ProgramsApplicationContractsModule),
    typeof(Forms.FormsApplicationContractsModule),
    typeof(Messaging.MessagingApplicationContractsModule),
    typeof(SettingManagementApplicationContractsModule),
    typeof(AuditLoggingApplicationContractsModule),
    typeof(BackgroundJobs.BackgroundJobsApplicationContractsModule),
    typeof(EventBus.EventBusApplicationContractsModule),
    Optional = true)]
public sealed class FitSaaSApplicationContractsModule : FitSaaSModule;
