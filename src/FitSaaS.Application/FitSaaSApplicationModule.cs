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

/// <summary>All feature modules of this layer (and the domain's root, whose background-job and event-bus types this root's services use).</summary>
[DependsOn(
    typeof(FitSaaSDomainModule),
    typeof(TenantManagementApplicationModule),
    typeof(FeatureManagementApplicationModule),
    typeof(IdentityApplicationModule),
    typeof(PermissionManagementApplicationModule),
    typeof(BookingsApplicationModule),
    typeof(ProgramsApplicationModule),
    typeof(SettingManagementApplicationModule),
    typeof(AuditLoggingApplicationModule),
    typeof(BackgroundJobs.BackgroundJobsApplicationContractsModule),
    typeof(EventBus.EventBusApplicationContractsModule))]
public sealed class FitSaaSApplicationModule : FitSaaSModule;
