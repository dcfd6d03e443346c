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
