using FitSaaS.Bookings;
using FitSaaS.Framework.Modularity;

namespace FitSaaS.Programs;

/// <summary>
/// The Programs module's aggregates, domain services and repository contracts: the exercise and workout libraries, tracks and
/// their published workouts (placed at Bookings locations and class types), program templates and coaching assignments.
/// </summary>
[DependsOn(typeof(ProgramsDomainSharedModule), typeof(BookingsDomainModule))]
public sealed class ProgramsDomainModule : FitSaaSModule
{
}
