namespace FitSaaS.Framework.Modularity;

/// <summary>
/// Base class of every module: one small sealed class per feature per layer, declaring its
/// dependencies with <see cref="DependsOnAttribute"/>. The host loads modules from one root module in
/// dependency order (dependencies first); <see cref="ConfigureServices"/> runs in that order, the
/// initialization hook in that order and the shutdown hook in reverse order.
/// </summary>
public abstract class FitSaaSModule
{
    /// <summary>
    /// Adds what is not conventional (options, definition providers, handlers). Conventional services
    /// of the module's assembly (app services, domain services, repositories, marked dependencies) are
    /// registered by the framework before this runs, once per assembly.
    /// </summary>
    public virtual void ConfigureServices(ServiceConfigurationContext context)
    {
    }

    /// <summary>Runs once after the service provider is built, in dependency order.</summary>
    public virtual Task OnApplicationInitializationAsync(ApplicationInitializationContext context) => Task.CompletedTask;

    /// <summary>Runs once when the application stops, in reverse dependency order.</summary>
    public virtual Task OnApplicationShutdownAsync(ApplicationShutdownContext context) => Task.CompletedTask;
}
