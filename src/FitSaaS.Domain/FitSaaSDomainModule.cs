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

/// <summary>All feature modules of this layer.</summary>
[DependsOn(
    typeof(TenantManagementDomainModule),
    typeof(FeatureManagementDomainModule),
    typeof(IdentityDomainModule),
    typeof(PermissionManagementDomainModule),
    typeof(BookingsDomainModule),
    typeof(ProgramsDomainModule),
    typeof(SettingManagementDomainModule),
    typeof(AuditLoggingDomainModule))]
public sealed class FitSaaSDomainModule : FitSaaSModule;
