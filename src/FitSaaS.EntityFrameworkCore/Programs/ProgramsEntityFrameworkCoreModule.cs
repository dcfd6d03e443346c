using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.Modularity;
using FitSaaS.Programs;

namespace FitSaaS.EntityFrameworkCore.Programs;

/// <summary>
/// The Programs module on EF Core: the exercise repository and the copy of the exercise library into tenant databases
/// (conventional registration of this folder). Its model is part of the shared <see cref="FitSaaSDbContext"/>
/// (<see cref="ProgramsModelBuilderExtensions.ConfigurePrograms"/>), so its tables stay in the migrations when the module is left out.
/// </summary>
[DependsOn(typeof(ProgramsDomainModule), typeof(FitSaaSFrameworkEntityFrameworkCoreModule))]
public sealed class ProgramsEntityFrameworkCoreModule : FitSaaSModule;
