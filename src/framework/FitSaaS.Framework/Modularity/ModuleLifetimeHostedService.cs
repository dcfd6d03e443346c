namespace FitSaaS.Framework.Modularity;

/// <summary>Runs the modules' initialization and shutdown hooks with the generic host's lifetime.</summary>
internal sealed class ModuleLifetimeHostedService(ModuleContainer modules, IServiceProvider serviceProvider)
    : Microsoft.Extensions.Hosting.IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => modules.InitializeAsync(serviceProvider);

    public Task StopAsync(CancellationToken cancellationToken) => modules.ShutdownAsync(serviceProvider);
}
