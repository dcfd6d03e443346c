using FitSaaS.Framework.Modularity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FitSaaS.Identity;

/// <summary>The Identity module's application services.</summary>
[DependsOn(typeof(IdentityDomainModule), typeof(IdentityApplicationContractsModule))]
public sealed class IdentityApplicationModule : FitSaaSModule
{
    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Services.AddOptions<AccountOptions>().BindConfiguration("App");
    }
}
