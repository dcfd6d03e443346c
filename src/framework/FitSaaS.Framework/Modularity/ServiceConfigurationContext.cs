using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Framework.Modularity;

/// <summary>What a module sees while it configures services.</summary>
public sealed class ServiceConfigurationContext(IServiceCollection services, IConfiguration configuration)
{
    /// <summary>The application's service collection.</summary>
    public IServiceCollection Services { get; } = services;

    /// <summary>The application's configuration (appsettings, environment variables, command line).</summary>
    public IConfiguration Configuration { get; } = configuration;
}

/// <summary>What a module sees during <see cref="FitSaaSModule.OnApplicationInitializationAsync"/>.</summary>
public sealed class ApplicationInitializationContext(IServiceProvider serviceProvider)
{
    /// <summary>The root service provider; create a scope for scoped services.</summary>
    public IServiceProvider ServiceProvider { get; } = serviceProvider;
}

/// <summary>What a module sees during <see cref="FitSaaSModule.OnApplicationShutdownAsync"/>.</summary>
public sealed class ApplicationShutdownContext(IServiceProvider serviceProvider)
{
    /// <summary>The root service provider.</summary>
    public IServiceProvider ServiceProvider { get; } = serviceProvider;
}
