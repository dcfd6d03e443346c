using FitSaaS.Bookings;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.Modularity;
using FitSaaS.Programs;

namespace FitSaaS.EntityFrameworkCore.Programs;

/// <summary>
/// The Programs module on EF Core: the exercise and workout repositories, tracks, publications, templates, assignments and the
/// copy of the exercise library into tenant databases (conventional registration of this folder). Its model is part of the shared
/// <see cref="FitSaaSDbContext"/> (<see cref="ProgramsModelBuilderExtensions.ConfigurePrograms"/>), so its tables stay in the
/// migrations when the module is left out; tracks reference Bookings' locations.
/// </summary>
[DependsOn(typeof(ProgramsDomainModule), typeof(BookingsDomainModule), typeof(FitSaaSFrameworkEntityFrameworkCoreModule))]
public sealed class ProgramsEntityFrameworkCoreModule : FitSaaSModule;
