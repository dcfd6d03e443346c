using FitSaaS.Framework.Modularity;

namespace FitSaaS.Framework.EntityFrameworkCore;

/// <summary>The kit's EF Core module: base DbContext, repositories, unit of work over EF Core.</summary>
[DependsOn(typeof(FitSaaSFrameworkModule))]
public sealed class FitSaaSFrameworkEntityFrameworkCoreModule : FitSaaSModule;
