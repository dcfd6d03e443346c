using FitSaaS.Framework;
using FitSaaS.Framework.Modularity;

namespace FitSaaS.Bookings;

/// <summary>The Bookings module's constants, enums and error codes.</summary>
[DependsOn(typeof(FitSaaSFrameworkModule))]
public sealed class BookingsDomainSharedModule : FitSaaSModule
{
}
