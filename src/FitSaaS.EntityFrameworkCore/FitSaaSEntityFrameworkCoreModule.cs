using System.Collections.Concurrent;
using FitSaaS.Framework.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection;
using FitSaaS.Framework.Modularity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace FitSaaS.EntityFrameworkCore;

/// <summary>
/// The EF Core layer's root: registers the shared <see cref="FitSaaSDbContext"/> on the configured provider (its model holds
/// every module's tables, so the migrations never depend on which modules are loaded), the Data Protection key ring in it and
/// <see cref="DbMigrationService"/>, and lists the modules' EF modules (optional: each may be left out), which register their
/// own repositories, stores, jobs and seed contributors.
/// </summary>
[DependsOn(typeof(FitSaaSFrameworkEntityFrameworkCoreModule))]
[DependsOn(
    typeof(FitSaaSDomainModule),
    typeof(TenantManagement.TenantManagementEntityFrameworkCoreModule),
    typeof(FeatureManagement.FeatureManagementEntityFrameworkCoreModule),
    typeof(Identity.IdentityEntityFrameworkCoreModule),
    typeof(PermissionManagement.PermissionManagementEntityFrameworkCoreModule),
    typeof(Bookings.BookingsEntityFrameworkCoreModule),
    typeof(Billing.BillingEntityFrameworkCoreModule),
    typeof(Billing.Platform.PlatformBillingEntityFrameworkCoreModule),
    typeof(Programs.ProgramsEntityFrameworkCoreModule),
    typeof(Forms.FormsEntityFrameworkCoreModule),
    typeof(Messaging.MessagingEntityFrameworkCoreModule),
    typeof(SettingManagement.SettingManagementEntityFrameworkCoreModule),
    typeof(AuditLogging.AuditLoggingEntityFrameworkCoreModule),
    typeof(EventBus.EventBusEntityFrameworkCoreModule),
    typeof(BackgroundJobs.BackgroundJobsEntityFrameworkCoreModule),
    Optional = true)]
public sealed class FitSaaSEntityFrameworkCoreModule : FitSaaSModule
{
    // Connection strings as given → with automatic preparation (one per database: the host's and each tenant's own).
    private static readonly ConcurrentDictionary<string, string> s_autoPrepared = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">The provider is PostgreSQL and <c>ConnectionStrings:Default</c> is not set.</exception>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (options, connectionString) = DatabaseOptions.Read(context.Configuration);
        context.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        if (options.Provider == DatabaseProvider.PostgreSql)
        {
            context.Services.AddFitSaaSDbContext<FitSaaSDbContext, PostgreSqlFitSaaSDbContext>(
                connectionString, (sp, builder, connection) => UsePostgreSql(builder, connection).AddInterceptors(sp.GetServices<IInterceptor>()));
            AddDataProtectionKeys<PostgreSqlFitSaaSDbContext>(context.Services);

            // Row-level security is silently off for a superuser or BYPASSRLS role: warn at start-up (and in /health/ready).
            context.Services.AddSingleton<RowLevelSecurityRoleCheck>();
            context.Services.AddHostedService(sp => sp.GetRequiredService<RowLevelSecurityRoleCheck>());
        }
        else
        {
            context.Services.AddFitSaaSDbContext<FitSaaSDbContext, SqliteFitSaaSDbContext>(
                connectionString, (sp, builder, connection) => UseSqlite(builder, connection).AddInterceptors(sp.GetServices<IInterceptor>()));
            AddDataProtectionKeys<SqliteFitSaaSDbContext>(context.Services);
        }

        context.Services.AddSingleton<DbMigrationService>();
    }

    /// <summary>
    /// The Data Protection key ring in the host database through Microsoft.AspNetCore.DataProtection.EntityFrameworkCore:
    /// it resolves <typeparamref name="TContext"/> in a scope of its own, which is the host database's context of that scope
    /// (the key ring is not per tenant, even when a tenant with a database of its own is current).
    /// </summary>
    private static void AddDataProtectionKeys<TContext>(IServiceCollection services)
        where TContext : FitSaaSDbContext
    {
        services.TryAddScoped(sp => (TContext)sp.GetRequiredService<DbContextProvider<FitSaaSDbContext, TContext>>().GetResolvedDbContext(null));
        services.AddDataProtection().PersistKeysToDbContext<TContext>();
        services.Configure<FitSaaS.Framework.Auditing.AuditingOptions>(options =>
            options.IgnoredEntityTypes.Add(typeof(Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey)));
    }

    /// <summary>
    /// Configures the PostgreSQL provider with this project's migrations. Statements are prepared automatically: unless
    /// <paramref name="connectionString"/> sets <c>Max Auto Prepare</c> itself (<c>0</c> turns it off), each connection keeps
    /// its <see cref="DefaultMaxAutoPrepare"/> most used statements prepared after 5 uses (Npgsql's automatic preparation,
    /// https://www.npgsql.org/doc/prepare.html), so PostgreSQL plans them once per connection, not on every execution (ADR 0046).
    /// </summary>
    public static DbContextOptionsBuilder UsePostgreSql(DbContextOptionsBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.UseNpgsql(WithAutoPrepare(connectionString), npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory"));
    }

    /// <summary>Statements each PostgreSQL connection keeps prepared when the connection string does not say (ADR 0046).</summary>
    public const int DefaultMaxAutoPrepare = 64;

    /// <summary><paramref name="connectionString"/> with <c>Max Auto Prepare</c> = <see cref="DefaultMaxAutoPrepare"/> unless it sets the key itself.</summary>
    public static string WithAutoPrepare(string connectionString) =>
        s_autoPrepared.GetOrAdd(connectionString, static value =>
        {
            // NpgsqlConnectionStringBuilder knows every keyword (ContainsKey is always true): look at what the string says.
            var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = value };
            if (given.ContainsKey("Max Auto Prepare") || given.ContainsKey("MaxAutoPrepare"))
            {
                return value;
            }

            return new NpgsqlConnectionStringBuilder(value) { MaxAutoPrepare = DefaultMaxAutoPrepare }.ConnectionString;
        });

    /// <summary>Configures the SQLite provider; creates the folder of a file database.</summary>
    public static DbContextOptionsBuilder UseSqlite(DbContextOptionsBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var directory = Path.GetDirectoryName(dataSource);
        if (!string.IsNullOrEmpty(directory) && !dataSource.StartsWith(':') && !dataSource.Contains("mode=memory", StringComparison.OrdinalIgnoreCase))
        {
            Directory.CreateDirectory(directory);
        }

        return builder.UseSqlite(connectionString);
    }
}
