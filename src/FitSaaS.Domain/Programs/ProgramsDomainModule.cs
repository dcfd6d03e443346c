using FitSaaS.Framework.Modularity;

namespace FitSaaS.Programs;

/// <summary>
/// The Programs module's aggregates, domain services and repository contracts. Of Bookings it uses the Domain.Shared only: goals
/// are due on the tenant's local date, in the zone of <see cref="Bookings.BookingsSettingNames.DefaultTimeZone"/> (<see cref="ProgramsCalendar"/>).
/// </summary>
[DependsOn(typeof(ProgramsDomainSharedModule), typeof(Bookings.BookingsDomainSharedModule))]
public sealed class ProgramsDomainModule : FitSaaSModule
{
}
