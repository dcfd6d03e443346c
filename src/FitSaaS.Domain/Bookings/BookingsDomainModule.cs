using FitSaaS.Framework.Modularity;

namespace FitSaaS.Bookings;

/// <summary>The Bookings module's aggregates, domain services and repository contracts.</summary>
[DependsOn(typeof(BookingsDomainSharedModule))]
public sealed class BookingsDomainModule : FitSaaSModule
{
}
