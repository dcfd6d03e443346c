using FitSaaS.Forms;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.Modularity;

namespace FitSaaS.EntityFrameworkCore.Forms;

/// <summary>
/// The Forms module on EF Core (conventional registration of this folder). Its model is part of the shared
/// <see cref="FitSaaSDbContext"/> (<see cref="FormsModelBuilderExtensions.ConfigureForms"/>), so its tables stay in the
/// migrations when the module is left out.
/// </summary>
[DependsOn(typeof(FormsDomainModule), typeof(FitSaaSFrameworkEntityFrameworkCoreModule))]
public sealed class FormsEntityFrameworkCoreModule : FitSaaSModule;
