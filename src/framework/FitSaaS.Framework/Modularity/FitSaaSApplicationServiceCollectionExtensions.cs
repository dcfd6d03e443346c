using FitSaaS.Framework.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FitSaaS.Framework.Modularity;

/// <summary>Entry point: builds the module graph and lets every module configure services.</summary>
public static class FitSaaSApplicationServiceCollectionExtensions
{
    /// <summary>
    /// Loads the module graph from <typeparamref name="TRootModule"/>, registers conventional services of
    /// every module assembly once, then calls each module's <see cref="FitSaaSModule.ConfigureServices"/>
    /// in dependency order. The module hooks run with the host's lifetime (a hosted service); outside a
    /// host call <see cref="ModuleContainer.InitializeAsync"/> yourself.
    /// </summary>
    /// <returns>The loaded module graph (also registered as a singleton).</returns>
    public static ModuleContainer AddFitSaaSApplication<TRootModule>(this IServiceCollection services, IConfiguration configuration)
        where TRootModule : FitSaaSModule
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var container = ModuleContainer.Load(typeof(TRootModule));
        services.AddSingleton(container);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Hosting.IHostedService, ModuleLifetimeHostedService>());

        var context = new ServiceConfigurationContext(services, configuration);
        var registered = new HashSet<System.Reflection.Assembly>();
        foreach (var module in container.Modules)
        {
            if (registered.Add(module.Assembly))
            {
                ConventionalRegistrar.RegisterAssembly(services, module.Assembly);
            }

            module.Instance.ConfigureServices(context);
        }

        return container;
    }
}
