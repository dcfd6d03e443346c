using FitSaaS.Framework.Features;
using FitSaaS.Framework.Modularity;
using FitSaaS.TenantManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FitSaaS.FeatureManagement;

/// <summary>
/// The FeatureManagement module's domain: editions, tenant edition assignment and overrides, and the
/// database <see cref="IFeatureValueStore"/> (options: section <c>FeatureManagement</c>).
/// </summary>
[DependsOn(typeof(FeatureManagementDomainSharedModule), typeof(TenantManagementDomainModule))]
public sealed class FeatureManagementDomainModule : FitSaaSModule
{
    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Services.AddOptions<FeatureManagementOptions>().BindConfiguration(FeatureManagementOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        context.Services.TryAddTransient<FeatureValueStore>();
        context.Services.Replace(ServiceDescriptor.Transient<IFeatureValueStore>(sp => sp.GetRequiredService<FeatureValueStore>()));
    }
}
