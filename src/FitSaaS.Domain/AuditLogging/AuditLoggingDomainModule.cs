using FitSaaS.Framework.Application;
using FitSaaS.Framework.Auditing;
using FitSaaS.Framework.BackgroundJobs;
using FitSaaS.Framework.Modularity;
using FitSaaS.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FitSaaS.AuditLogging;

/// <summary>
/// The AuditLogging module's domain: the audit entities, the batched writer (the kit's
/// <see cref="IAuditingStore"/>), retention (a recurring background job), and the auditing services of the framework (manager,
/// outermost pipeline interceptor, options from the <c>Auditing</c> and <c>AuditLogging</c> sections).
/// </summary>
[DependsOn(typeof(AuditLoggingDomainSharedModule), typeof(IdentityDomainModule))]
public sealed class AuditLoggingDomainModule : FitSaaSModule
{
    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.Services;
        services.AddOptions<AuditingOptions>().BindConfiguration("Auditing");
        services.AddOptions<AuditLoggingOptions>().BindConfiguration("AuditLogging");
        services.Configure<AuditingOptions>(options =>
        {
            // The audit tables themselves, OAuth clients (secret hashes), authorizations and tokens, signing keys (and data-protection keys, see the EF module) are never change-audited.
            options.IgnoredEntityTypes.Add(typeof(AuditLog));
            options.IgnoredEntityTypes.Add(typeof(AuditLogAction));
            options.IgnoredEntityTypes.Add(typeof(EntityChange));
            options.IgnoredEntityTypes.Add(typeof(EntityPropertyChange));
            options.IgnoredEntityTypes.Add(typeof(OAuthApplication));
            options.IgnoredEntityTypes.Add(typeof(OAuthAuthorization));
            options.IgnoredEntityTypes.Add(typeof(OAuthToken));
            options.IgnoredEntityTypes.Add(typeof(SigningKey));
        });
        services.TryAddSingleton<IAuditingManager, AuditingManager>();
        services.TryAddSingleton<IGetRequestAuditingPolicy, SettingGetRequestAuditingPolicy>();
        services.TryAddSingleton<AuditParameterSerializer>();
        services.TryAddTransient<AuditingInterceptor>();
        services.TryAddSingleton<AuditLogWriter>();
        services.AddSingleton<IAuditingStore>(sp => sp.GetRequiredService<AuditLogWriter>());
        services.AddHostedService<AuditLogWriterService>();
        services.AddBackgroundJob<AuditLogCleanupJob, AuditLogCleanupArgs>();
        var cron = context.Configuration.GetSection("AuditLogging").Get<AuditLoggingOptions>()?.CleanupCron ?? AuditLoggingOptions.DefaultCleanupCron;
        services.AddRecurringJob(AuditLogCleanupJob.ScheduleName, cron, new AuditLogCleanupArgs());
        services.Configure<ApplicationServicePipelineOptions>(options => options.Interceptors.Insert(0, typeof(AuditingInterceptor)));
    }
}
