namespace FitSaaS.Framework.Modularity;

/// <summary>What a module sees during <see cref="FitSaaSModule.OnApplicationInitializationAsync"/>.</summary>
public sealed class ApplicationInitializationContext(IServiceProvider serviceProvider)
{
    /// <summary>The root service provider; create a scope for scoped services.</summary>
    public IServiceProvider ServiceProvider { get; } = serviceProvider;
}
