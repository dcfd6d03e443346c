using FitSaaS.Bookings;
using FitSaaS.Framework.Modularity;

namespace FitSaaS.Programs;

/// <summary>
/// The Programs module's aggregates, domain services and repository contracts: the exercise and workout libraries, tracks and
/// their published workouts (placed at Bookings locations and class types), program templates and coaching assignments, body
/// metrics and goals (due on the tenant's local date, in the zone of <see cref="BookingsSettingNames.DefaultTimeZone"/>).
/// </summary>
[DependsOn(typeof(ProgramsDomainSharedModule), typeof(BookingsDomainModule), typeof(Identity.IdentityDomainModule))]
public sealed class ProgramsDomainModule : FitSaaSModule
{
}
