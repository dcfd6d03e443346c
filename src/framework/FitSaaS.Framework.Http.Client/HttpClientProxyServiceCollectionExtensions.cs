using System.Reflection;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Http;
using FitSaaS.Framework.Http.Client;
using FitSaaS.Framework.Http.Client.Authentication;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Threading;
using FitSaaS.Framework.Tracing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers dynamic C# client proxies for application-service contracts.</summary>
public static class HttpClientProxyServiceCollectionExtensions
{
    /// <summary>
    /// Makes every public application-service contract of <paramref name="contractsAssembly"/> (an interface deriving from
    /// <see cref="IApplicationService"/>, not marked <see cref="NoHttpApiAttribute"/>) resolve to a proxy calling
    /// <paramref name="remoteServiceName"/> over HTTP (transient; registrations replace earlier ones of the same contract).
    /// Also registers, when absent: the <see cref="IHttpClientFactory"/> client of the remote service with its timeout
    /// and GET-only retries (<see cref="RemoteServiceResilienceHandler"/>), <see cref="OAuthAccessTokenProvider"/>,
    /// <see cref="ICurrentTenant"/>, <see cref="ICorrelationIdAccessor"/> and <see cref="ICancellationTokenProvider"/> (async-local), and
    /// <see cref="TimeProvider.System"/>. With <paramref name="configuration"/>, binds its <c>RemoteServices</c> section
    /// to <see cref="RemoteServiceOptions"/>; configure in code with <c>services.Configure&lt;RemoteServiceOptions&gt;</c>.
    /// </summary>
    /// <exception cref="NotSupportedException">A contract method does not return <see cref="Task"/> or <see cref="Task{TResult}"/>.</exception>
    /// <exception cref="InvalidOperationException">A contract method has two body parameters.</exception>
    public static IServiceCollection AddFitSaaSHttpClientProxies(
        this IServiceCollection services, Assembly contractsAssembly, string remoteServiceName = RemoteServiceOptions.DefaultName, IConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(contractsAssembly);
        ArgumentException.ThrowIfNullOrWhiteSpace(remoteServiceName);

        var optionsBuilder = services.AddOptions<RemoteServiceOptions>();
        if (configuration is not null)
        {
            optionsBuilder.Configure(options => Bind(configuration.GetSection(RemoteServiceOptions.SectionName), options));
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CurrentTenantAccessor>();
        services.TryAddSingleton<ICurrentTenant, CurrentTenant>();
        services.TryAddSingleton<ICorrelationIdAccessor, AsyncLocalCorrelationIdAccessor>();
        services.TryAddSingleton<ICancellationTokenProvider, AsyncLocalCancellationTokenProvider>();
        services.TryAddSingleton<OAuthAccessTokenProvider>();
        services.TryAddSingleton<IRemoteServiceAccessTokenProvider>(sp => sp.GetRequiredService<OAuthAccessTokenProvider>());
        services.TryAddSingleton<HttpClientProxyInvoker>();

        var clientName = HttpClientProxyNames.For(remoteServiceName);
        if (!services.Any(d => d.ServiceType == typeof(RemoteServiceClientMarker) && Equals(d.ImplementationInstance, new RemoteServiceClientMarker(clientName))))
        {
            services.AddSingleton(new RemoteServiceClientMarker(clientName));
            services.AddHttpClient(clientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
                .AddHttpMessageHandler(sp => new RemoteServiceResilienceHandler(
                    sp.GetRequiredService<IOptionsMonitor<RemoteServiceOptions>>().CurrentValue.Get(remoteServiceName),
                    sp.GetRequiredService<ILogger<RemoteServiceResilienceHandler>>()));
        }

        foreach (var contract in GetContracts(contractsAssembly))
        {
            HttpClientProxy.Validate(contract);
            services.AddTransient(contract, sp => HttpClientProxy.Create(contract, remoteServiceName, sp.GetRequiredService<HttpClientProxyInvoker>()));
        }

        return services;
    }

    /// <summary>The contracts <see cref="AddFitSaaSHttpClientProxies"/> proxies in <paramref name="contractsAssembly"/>, by full name.</summary>
    public static IReadOnlyList<Type> GetContracts(Assembly contractsAssembly)
    {
        ArgumentNullException.ThrowIfNull(contractsAssembly);
        return HttpApiConventions.GetServiceContracts([contractsAssembly]);
    }

    private static void Bind(IConfigurationSection section, RemoteServiceOptions options)
    {
        foreach (var child in section.GetChildren())
        {
            if (!options.RemoteServices.TryGetValue(child.Key, out var entry))
            {
                options.RemoteServices[child.Key] = entry = new RemoteServiceConfiguration();
            }

            child.Bind(entry);
        }
    }

    private sealed record RemoteServiceClientMarker(string Name);
}
