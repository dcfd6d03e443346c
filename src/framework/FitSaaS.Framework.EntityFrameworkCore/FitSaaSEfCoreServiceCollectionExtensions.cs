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
    /// e.g. a provider-specific subclass that owns that provider's migrations) as scoped, its
    /// dependencies, the unit-of-work database and the quota lock over it.
    /// </summary>
    public static IServiceCollection AddFitSaaSDbContext<TDbContext, TImplementation>(
        this IServiceCollection services, Action<IServiceProvider, DbContextOptionsBuilder> configure)
        where TDbContext : FitSaaSDbContextBase
        where TImplementation : TDbContext
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.TryAddScoped<FitSaaSDbContextDependencies>();
        services.AddDbContext<TDbContext, TImplementation>(configure);
        services.TryAddScoped<IUnitOfWorkDatabase, EfCoreUnitOfWorkDatabase<TDbContext>>();
        services.TryAddScoped<Features.IQuotaLock, EfCoreQuotaLock<TDbContext>>();
        return services;
    }
}
