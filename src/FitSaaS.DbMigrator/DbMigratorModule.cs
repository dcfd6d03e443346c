using FitSaaS.EntityFrameworkCore;
using FitSaaS.Framework.Caching.StackExchangeRedis;
using FitSaaS.Framework.Modularity;

namespace FitSaaS.DbMigrator;

/// <summary>Root module of the migrator: every feature module on EF Core (and the Redis cache when configured, so what it changes is invalidated there), no web host.</summary>
[DependsOn(
    typeof(FitSaaSApplicationModule),
    typeof(FitSaaSEntityFrameworkCoreModule),
    typeof(FitSaaSCachingStackExchangeRedisModule),
    typeof(Framework.Events.RabbitMq.FitSaaSFrameworkRabbitMqModule),
    typeof(Framework.MailKit.FitSaaSMailKitModule))]
public sealed class DbMigratorModule : FitSaaSModule;
