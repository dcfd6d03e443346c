using FitSaaS.Billing;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.Modularity;

namespace FitSaaS.EntityFrameworkCore.Billing;

/// <summary>
/// The Billing module on EF Core: its repositories and the gap-free sequence (conventional registration of this folder).
/// Its model is part of the shared <see cref="FitSaaSDbContext"/> (<see cref="BillingModelBuilderExtensions.ConfigureBilling"/>).
/// </summary>
[DependsOn(typeof(BillingDomainModule), typeof(FitSaaSFrameworkEntityFrameworkCoreModule))]
public sealed class BillingEntityFrameworkCoreModule : FitSaaSModule;
