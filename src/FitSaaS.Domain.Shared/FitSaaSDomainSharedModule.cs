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
    typeof(TenantManagementDomainSharedModule),
    typeof(FeatureManagementDomainSharedModule),
    typeof(IdentityDomainSharedModule),
    typeof(PermissionManagementDomainSharedModule),
    typeof(BookingsDomainSharedModule),
    typeof(ProgramsDomainSharedModule),
    typeof(SettingManagementDomainSharedModule),
    typeof(AuditLoggingDomainSharedModule))]
public sealed class FitSaaSDomainSharedModule : FitSaaSModule;
