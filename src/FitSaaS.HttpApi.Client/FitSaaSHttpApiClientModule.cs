using FitSaaS.Framework.Modularity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS;

/// <summary>
/// Client-side module for applications that call a FitSaaS host over HTTP. It references the
/// contracts only and registers the <see cref="RemoteServiceName"/> <see cref="HttpClient"/> with the
/// base address from <c>RemoteServices:Default:BaseUrl</c>. Dynamic proxies over the same route
/// conventions as the host come with the client-proxies issue.
/// </summary>
[DependsOn(typeof(FitSaaSApplicationContractsModule))]
public sealed class FitSaaSHttpApiClientModule : FitSaaSModule
{
    /// <summary>Name of the registered <see cref="HttpClient"/>.</summary>
    public const string RemoteServiceName = "FitSaaS";

    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var baseUrl = context.Configuration["RemoteServices:Default:BaseUrl"] ?? "http://localhost:5080/";
        context.Services.AddHttpClient(RemoteServiceName, client => client.BaseAddress = new Uri(baseUrl));
    }
}
