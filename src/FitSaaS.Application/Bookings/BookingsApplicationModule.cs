using FitSaaS.Framework.Modularity;

namespace FitSaaS.Bookings;

/// <summary>The Bookings module's application services.</summary>
[DependsOn(
    typeof(BookingsDomainModule),
    typeof(BookingsApplicationContractsModule),
    typeof(Identity.IdentityApplicationContractsModule),
    typeof(SettingManagement.SettingManagementApplicationContractsModule))]
public sealed class BookingsApplicationModule : FitSaaSModule
{
}
