using FitSaaS.Framework.BackgroundJobs;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Identity;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using FitSaaS.Framework.Modularity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FitSaaS.EntityFrameworkCore;

/// <summary>
/// The EF Core layer's root: registers the shared <see cref="FitSaaSDbContext"/> on the configured provider (its model holds
/// every module's tables, so the migrations never depend on which modules are loaded) and lists the feature modules' EF
/// modules, which register their own repositories, jobs and seed contributors.
/// </summary>
[DependsOn(
    typeof(FitSaaSDomainModule),
    typeof(FitSaaSFrameworkEntityFrameworkCoreModule),
    typeof(Bookings.BookingsEntityFrameworkCoreModule),
    typeof(Programs.ProgramsEntityFrameworkCoreModule))]
public sealed class FitSaaSEntityFrameworkCoreModule : FitSaaSModule
{
    /// <summary>Default SQLite connection string: a file in the <c>data</c> folder of the working directory.</summary>
    public const string DefaultSqliteConnectionString = "Data Source=data/fitsaas.db";

    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        var options = context.Configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        context.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var connectionString = context.Configuration.GetConnectionString("Default");
        if (options.Provider == DatabaseProvider.PostgreSql)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("Database:Provider is PostgreSql but ConnectionStrings:Default is not set.");
            }

            context.Services.AddFitSaaSDbContext<FitSaaSDbContext, PostgreSqlFitSaaSDbContext>(
                connectionString, (sp, builder, connection) => UsePostgreSql(builder, connection).AddInterceptors(sp.GetServices<IInterceptor>()));
            AddDataProtectionKeys<PostgreSqlFitSaaSDbContext>(context.Services);

            // Row-level security is silently off for a superuser or BYPASSRLS role: warn at start-up (and in /health/ready).
            context.Services.AddSingleton<RowLevelSecurityRoleCheck>();
            context.Services.AddHostedService(sp => sp.GetRequiredService<RowLevelSecurityRoleCheck>());
        }
        else
        {
            var sqlite = string.IsNullOrWhiteSpace(connectionString) ? DefaultSqliteConnectionString : connectionString;
            context.Services.AddFitSaaSDbContext<FitSaaSDbContext, SqliteFitSaaSDbContext>(
                sqlite, (sp, builder, connection) => UseSqlite(builder, connection).AddInterceptors(sp.GetServices<IInterceptor>()));
            AddDataProtectionKeys<SqliteFitSaaSDbContext>(context.Services);
        }

        BackgroundJobs.HangfireBackgroundJobsRegistration.AddHangfireBackgroundJobs(
            context.Services, context.Configuration, options.Provider,
            options.Provider == DatabaseProvider.PostgreSql ? connectionString! : (string.IsNullOrWhiteSpace(connectionString) ? DefaultSqliteConnectionString : connectionString));
        context.Services.AddBackgroundJob<EventBus.InboxCleanupJob, EventBus.InboxCleanupArgs>();
        context.Services.AddRecurringJob(EventBus.InboxCleanupJob.ScheduleName, EventBus.InboxCleanupJob.Cron, new EventBus.InboxCleanupArgs());
        context.Services.AddBackgroundJob<Identity.TokenPruningJob, Identity.TokenPruningArgs>();
        context.Services.AddRecurringJob(Identity.TokenPruningJob.ScheduleName, Identity.TokenPruningJob.Cron, new Identity.TokenPruningArgs());
        context.Services.AddSingleton<DbMigrationService>();
        context.Services.AddTransient<TenantManagement.TenantPurgeService>();
        context.Services.AddScoped<IUserStore<AppUser>, Identity.AppUserStore>();
        AddOpenIddictCore(context.Services);
        context.Services.AddScoped<IRoleStore<AppRole>, Identity.AppRoleStore>();
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
    /// OpenIddict's core (managers) over its EF Core stores in <see cref="FitSaaSDbContext"/>, on the kit's entities
    /// (<see cref="OAuthApplication"/> etc., with <c>TenantId</c>), always in the host database. Every host (web, migrator)
    /// gets it, so data seeding can register clients; the web host adds the server and validation.
    /// </summary>
    private static void AddOpenIddictCore(IServiceCollection services)
    {
        services.AddOpenIddict().AddCore(options =>
        {
            options.UseEntityFrameworkCore()
                .UseDbContext<FitSaaSDbContext>()
                .ReplaceDefaultEntities<OAuthApplication, OAuthAuthorization, OAuthScope, OAuthToken, Guid>();
            options.ReplaceApplicationStore<OAuthApplication, Identity.OAuthApplicationStore>(ServiceLifetime.Scoped);
            options.ReplaceAuthorizationStore<OAuthAuthorization, Identity.OAuthAuthorizationStore>(ServiceLifetime.Scoped);
            options.ReplaceTokenStore<OAuthToken, Identity.OAuthTokenStore>(ServiceLifetime.Scoped);
        });
        services.Replace(ServiceDescriptor.Scoped<OpenIddict.EntityFrameworkCore.IOpenIddictEntityFrameworkCoreContext, Identity.HostDbContextForOpenIddict>());
    }

    /// <summary>Configures the PostgreSQL provider with this project's migrations.</summary>
    public static DbContextOptionsBuilder UsePostgreSql(DbContextOptionsBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory"));
    }

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
