using FitSaaS.Bookings;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.Modularity;

namespace FitSaaS.EntityFrameworkCore.Bookings;

/// <summary>
/// The Bookings module on EF Core: its repositories (conventional registration of this folder). Its model is part of the
/// shared <see cref="FitSaaSDbContext"/> (<see cref="BookingsModelBuilderExtensions.ConfigureBookings"/>), so its tables stay
/// in the migrations when the module is left out.
/// </summary>
[DependsOn(typeof(BookingsDomainModule), typeof(FitSaaSFrameworkEntityFrameworkCoreModule))]
public sealed class BookingsEntityFrameworkCoreModule : FitSaaSModule;
