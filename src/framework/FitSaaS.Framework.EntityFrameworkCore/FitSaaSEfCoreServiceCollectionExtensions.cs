using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FitSaaS.Framework.EntityFrameworkCore;

/// <summary>Registration of the application's DbContext with the kit.</summary>
public static class FitSaaSEfCoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TDbContext"/> (implemented by <typeparamref name="TImplementation"/>,
    /// e.g. a provider-specific subclass that owns that provider's migrations) with a database per tenant:
    /// the scoped <see cref="IDbContextProvider{TDbContext}"/> (one context per connection string per scope),
    /// <see cref="IConnectionStringResolver"/> over <paramref name="defaultConnectionString"/> (the host
    /// database), the unit-of-work database over all of them and the quota lock. <typeparamref name="TDbContext"/> itself stays
    /// injectable (scoped) for libraries that take a context in their constructor (ASP.NET Core Identity's stores): it is the
    /// context of the tenant current when it is first resolved in the scope, handed out without I/O
    /// (<see cref="DbContextProvider{TDbContext, TImplementation}.GetResolvedDbContext"/>), so code that changes tenant before
    /// using such a consumer must do it in a fresh scope and resolve the tenant's connection string first.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="defaultConnectionString">The host (shared) database.</param>
    /// <param name="configure">
    /// Configures the provider on a connection string. Called once per connection string (the options are kept for the
    /// process), so it may only use singleton services, such as the kit's EF Core interceptors.
    /// </param>
    public static IServiceCollection AddFitSaaSDbContext<TDbContext, TImplementation>(
        this IServiceCollection services, string defaultConnectionString, Action<IServiceProvider, DbContextOptionsBuilder, string> configure)
        where TDbContext : FitSaaSDbContextBase
        where TImplementation : TDbContext
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        ArgumentException.ThrowIfNullOrWhiteSpace(defaultConnectionString);
        services.TryAddScoped<FitSaaSDbContextDependencies>();
        services.Configure<ConnectionStringOptions>(o => o.Default = defaultConnectionString);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TenantConnectionStringCache>();
        services.TryAddScoped<IConnectionStringResolver, MultiTenantConnectionStringResolver>();
        // Options are immutable and the same for every context on a connection string: building them per context (once per
        // request) cost about 2 % of a list request's CPU (EF Core's options extensions, warnings configuration, the internal
        // service provider look-up), so they are built once per connection string.
        var optionsByConnectionString = new System.Collections.Concurrent.ConcurrentDictionary<string, DbContextOptions<TImplementation>>(StringComparer.Ordinal);
        services.TryAddSingleton<DbContextOptionsFactory<TImplementation>>((sp, connectionString) =>
            optionsByConnectionString.GetOrAdd(connectionString, static (connection, state) =>
            {
                var builder = new DbContextOptionsBuilder<TImplementation>();
                state.Configure(state.Services, builder, connection);
                return builder.Options;
            }, (Configure: configure, Services: sp)));
        services.TryAddScoped<DbContextProvider<TDbContext, TImplementation>>();
        services.TryAddScoped<IDbContextProvider<TDbContext>>(sp => sp.GetRequiredService<DbContextProvider<TDbContext, TImplementation>>());
        services.TryAddScoped<TDbContext>(sp => sp.GetRequiredService<DbContextProvider<TDbContext, TImplementation>>()
            .GetResolvedDbContext(sp.GetRequiredService<ICurrentTenant>().Id));
        services.TryAddScoped<IUnitOfWorkDatabase, EfCoreUnitOfWorkDatabase<TDbContext, TImplementation>>();
        services.TryAddScoped<Features.IQuotaLock, EfCoreQuotaLock<TDbContext>>();
        AddEventBus<TDbContext>(services);
        return services;
    }

    /// <summary>
    /// The EF Core side of the distributed event bus on <typeparamref name="TDbContext"/> (which must map
    /// <see cref="EventBus.EventBusModelBuilderExtensions.ConfigureDistributedEventBus"/>): the outbox, the inbox receiver and the
    /// outbox dispatcher (a hosted service; idle when <c>EventBus:Outbox:IsDispatcherEnabled</c> is false).
    /// </summary>
    private static void AddEventBus<TDbContext>(IServiceCollection services)
        where TDbContext : FitSaaSDbContextBase
    {
        services.TryAddSingleton<EventBus.OutboxSignal>();
        services.TryAddSingleton<EventBus.OutboxMetrics>();
        services.TryAddScoped<Events.Distributed.IDistributedEventOutbox, EventBus.EfCoreDistributedEventOutbox<TDbContext>>();
        services.TryAddSingleton<Events.Distributed.IDistributedEventReceiver, EventBus.EfCoreDistributedEventReceiver<TDbContext>>();
        services.TryAddSingleton<EventBus.OutboxDispatcher<TDbContext>>();
        services.AddHostedService(sp => sp.GetRequiredService<EventBus.OutboxDispatcher<TDbContext>>());
    }
}
