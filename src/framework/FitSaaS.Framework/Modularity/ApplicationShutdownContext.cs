namespace FitSaaS.Framework.Modularity;

/// <summary>What a module sees during <see cref="FitSaaSModule.OnApplicationShutdownAsync"/>.</summary>
public sealed class ApplicationShutdownContext(IServiceProvider serviceProvider)
{
    /// <summary>The root service provider.</summary>
    public IServiceProvider ServiceProvider { get; } = serviceProvider;
}
