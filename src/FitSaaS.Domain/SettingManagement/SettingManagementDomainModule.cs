using FitSaaS.Framework.Modularity;
using FitSaaS.Framework.Settings;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FitSaaS.SettingManagement;

/// <summary>
/// The SettingManagement module's domain: stored setting values (the database <see cref="ISettingStore"/>),
/// and ASP.NET Core Data Protection with its key ring in the database (application name <c>FitSaaS</c>).
/// </summary>
[DependsOn(typeof(SettingManagementDomainSharedModule))]
public sealed class SettingManagementDomainModule : FitSaaSModule
{
    /// <summary>The Data Protection application name: instances with the same name share protected payloads.</summary>
    public const string DataProtectionApplicationName = "FitSaaS";

    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.Services;
        services.Replace(ServiceDescriptor.Transient<ISettingStore, SettingStore>());
        services.Configure<SettingOptions>(o => o.DefinitionProviders.Add(typeof(EmailingSettingDefinitionProvider)));

        services.AddDataProtection().SetApplicationName(DataProtectionApplicationName);
        // The key ring is kept in the database by the EF Core module (PersistKeysToDbContext).
    }
}
