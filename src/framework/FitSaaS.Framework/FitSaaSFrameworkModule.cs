using FitSaaS.Framework.Application;
using FitSaaS.Framework.Authorization;
using FitSaaS.Framework.Data;
using FitSaaS.Framework.Events;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.Modularity;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Settings;
using FitSaaS.Framework.Uow;
using FitSaaS.Framework.Users;
using FitSaaS.Framework.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FitSaaS.Framework;

/// <summary>
/// The kit's core module: multi-tenancy, current user, data filters, keys, time, permissions, settings, local
/// events, features, unit of work and the application-service pipeline (features → authorization → validation → unit of work;
/// the AuditLogging module puts auditing in front).
/// </summary>
public sealed class FitSaaSFrameworkModule : FitSaaSModule
{
    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IGuidGenerator, SequentialGuidGenerator>();
        services.TryAddSingleton<CurrentTenantAccessor>();
        services.TryAddSingleton<ICurrentTenant, CurrentTenant>();
        services.TryAddSingleton<ICurrentPrincipalAccessor, AsyncLocalCurrentPrincipalAccessor>();
        services.TryAddSingleton<ICurrentUser, CurrentUser>();
        services.TryAddSingleton<Http.ICurrentClient, Http.NullCurrentClient>();
        services.TryAddSingleton<Threading.ICancellationTokenProvider, Threading.AsyncLocalCancellationTokenProvider>();
        services.TryAddSingleton<IDataFilter, DataFilter>();
        services.TryAddSingleton<ICrossTenantAccessor, CrossTenantAccessor>();
        services.TryAddSingleton<IPermissionDefinitionManager, PermissionDefinitionManager>();
        services.TryAddScoped<IPermissionChecker, PermissionChecker>();
        services.TryAddScoped<ILocalEventBus, LocalEventBus>();
        services.TryAddSingleton<LocalEventHandlerInvokers>();
        services.TryAddScoped<IUnitOfWorkManager, UnitOfWorkManager>();
        services.TryAddSingleton<ApplicationServiceMethodCache>();
        services.TryAddTransient<IDataSeeder, DataSeeder>();
        services.TryAddTransient<AuthorizationInterceptor>();
        services.TryAddTransient<ValidationInterceptor>();
        services.TryAddSingleton<ValidationMetadataCache>();
        services.TryAddTransient<UnitOfWorkInterceptor>();
        services.TryAddSingleton<ISettingDefinitionManager, SettingDefinitionManager>();
        services.TryAddSingleton<ISettingStore, NullSettingStore>();
        services.TryAddTransient<ISettingProvider, SettingProvider>();
        services.TryAddSingleton<IFeatureDefinitionManager, FeatureDefinitionManager>();
        services.TryAddSingleton<IFeatureValueStore, NullFeatureValueStore>();
        services.TryAddTransient<IFeatureChecker, FeatureChecker>();
        services.TryAddTransient<FeatureQuota>();
        services.TryAddTransient<FeatureInterceptor>();
        services.AddMemoryCache();
        services.AddMetrics(); // IMeterFactory for the kit's meters (Diagnostics.FitSaaSMeter); a host has it already.
        Caching.CachingServiceCollectionExtensions.AddFitSaaSDistributedCache(services, context.Configuration);
        Events.Distributed.DistributedEventBusServiceCollectionExtensions.AddFitSaaSDistributedEventBus(services, context.Configuration);
        services.Configure<ApplicationServicePipelineOptions>(options =>
        {
            options.Interceptors.Add(typeof(FeatureInterceptor));
            options.Interceptors.Add(typeof(AuthorizationInterceptor));
            options.Interceptors.Add(typeof(ValidationInterceptor));
            options.Interceptors.Add(typeof(UnitOfWorkInterceptor));
        });
    }
}
