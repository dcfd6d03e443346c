using FitSaaS.Billing.Platform;
using FitSaaS.Framework.Modularity;

namespace FitSaaS.EntityFrameworkCore.Billing.Platform;

/// <summary>
/// Platform billing on EF Core: its repositories (conventional registration of this folder). Its model is part of the
/// shared <see cref="FitSaaSDbContext"/> (<see cref="PlatformBillingModelBuilderExtensions.ConfigurePlatformBilling"/>).
/// </summary>
[DependsOn(typeof(PlatformBillingDomainModule), typeof(BillingEntityFrameworkCoreModule))]
public sealed class PlatformBillingEntityFrameworkCoreModule : FitSaaSModule;
