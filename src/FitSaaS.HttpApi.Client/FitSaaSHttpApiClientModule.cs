using FitSaaS.Framework.Http.Client;
using FitSaaS.Framework.Modularity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS;

/// <summary>
/// Client-side module for applications that call a FitSaaS host over HTTP: every contract of
/// <c>FitSaaS.Application.Contracts</c> resolves to a dynamic proxy of the <see cref="RemoteServiceName"/> remote service
/// (<c>RemoteServices:FitSaaS:*</c>, falling back to <c>RemoteServices:Default:*</c>). Applications without the module
/// system call <see cref="FitSaaSHttpApiClientServiceCollectionExtensions.AddFitSaaSHttpApiClient"/> instead.
/// </summary>
[DependsOn(typeof(FitSaaSApplicationContractsModule))]
public sealed class FitSaaSHttpApiClientModule : FitSaaSModule
{
    /// <summary>Name of the remote service the proxies call.</summary>
    public const string RemoteServiceName = "FitSaaS";

    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Services.AddFitSaaSHttpApiClient(context.Configuration);
    }
}
