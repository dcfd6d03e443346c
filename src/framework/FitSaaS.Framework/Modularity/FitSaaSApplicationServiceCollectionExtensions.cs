using FitSaaS.Framework.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FitSaaS.Framework.Modularity;

/// <summary>Entry point: builds the module graph and lets every module configure services.</summary>
public static class FitSaaSApplicationServiceCollectionExtensions
{
    /// <summary>
    /// Loads the module graph from <typeparamref name="TRootModule"/> (without the modules configuration
    /// <c>Modules:Exclude</c> names, see <see cref="ModuleContainer.ExcludeByName"/>), then for each module in dependency
    /// order registers the conventional services of the types it owns (its namespace in its assembly,
    /// <see cref="ModuleDescriptor.OwnedTypes"/>) and calls its <see cref="FitSaaSModule.ConfigureServices"/>. The module hooks run with the host's lifetime (a hosted service); outside a
    /// host call <see cref="ModuleContainer.InitializeAsync"/> yourself.
    /// </summary>
    /// <returns>The loaded module graph (also registered as a singleton).</returns>
    public static ModuleContainer AddFitSaaSApplication<TRootModule>(this IServiceCollection services, IConfiguration configuration)
        where TRootModule : FitSaaSModule
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var excluded = configuration.GetSection("Modules:Exclude").GetChildren().Select(c => c.Value ?? string.Empty).ToList();
        var container = ModuleContainer.Load(typeof(TRootModule), excluded.Count == 0 ? null : ModuleContainer.ExcludeByName(excluded));
        services.AddSingleton(container);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Hosting.IHostedService, ModuleLifetimeHostedService>());

        var context = new ServiceConfigurationContext(services, configuration);
        var registered = new HashSet<Type>();
        foreach (var module in container.Modules)
        {
            foreach (var type in module.OwnedTypes.Where(registered.Add))
            {
                ConventionalRegistrar.RegisterTypeIfConventional(services, type);
            }

            module.Instance.ConfigureServices(context);
        }

        return container;
    }
}
