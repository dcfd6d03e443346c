using FitSaaS.EntityFrameworkCore;
using FitSaaS.Framework.Modularity;

namespace FitSaaS.DbMigrator;

/// <summary>Root module of the migrator: every feature module on EF Core, no web host.</summary>
[DependsOn(typeof(FitSaaSApplicationModule), typeof(FitSaaSEntityFrameworkCoreModule), typeof(Framework.MailKit.FitSaaSMailKitModule))]
public sealed class DbMigratorModule : FitSaaSModule;
