using FitSaaS.Framework.Http.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS;

/// <summary>Registers the FitSaaS client proxies in any <see cref="IServiceCollection"/> (console apps, workers, web front-ends).</summary>
public static class FitSaaSHttpApiClientServiceCollectionExtensions
{
    /// <summary>
    /// Every application-service contract of FitSaaS (<c>ITenantAppService</c>, <c>IClassSessionAppService</c>,
    /// <c>IBookingAppService</c>, …) resolves to a proxy calling the <see cref="FitSaaSHttpApiClientModule.RemoteServiceName"/>
    /// remote service. With <paramref name="configuration"/>, its <c>RemoteServices</c> section is bound, e.g.
    /// <c>RemoteServices:Default:BaseUrl = https://api.example/</c>,
    /// <c>RemoteServices:Default:Authentication:GrantType = password</c> (see <see cref="RemoteServiceOptions"/>).
    /// </summary>
    public static IServiceCollection AddFitSaaSHttpApiClient(this IServiceCollection services, IConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.AddFitSaaSHttpClientProxies(typeof(FitSaaSApplicationContractsModule).Assembly, FitSaaSHttpApiClientModule.RemoteServiceName, configuration);
    }
}
