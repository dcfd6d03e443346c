using FitSaaS.Framework.Modularity;

namespace FitSaaS.Programs;

/// <summary>
/// The Programs module's application services. Of Bookings it reads class sessions and locations (the class session's workout);
/// of Identity the user lookup (the members of assignments, body-metric entries and goals).
/// </summary>
[DependsOn(
    typeof(ProgramsDomainModule),
    typeof(ProgramsApplicationContractsModule),
    typeof(Bookings.BookingsDomainModule),
    typeof(Identity.IdentityApplicationContractsModule))]
public sealed class ProgramsApplicationModule : FitSaaSModule
{
}
