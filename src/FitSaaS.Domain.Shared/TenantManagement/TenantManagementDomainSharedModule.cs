using FitSaaS.Framework;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Modularity;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.TenantManagement;

/// <summary>The TenantManagement module's constants, enums and error codes.</summary>
[DependsOn(typeof(FitSaaSFrameworkModule))]
public sealed class TenantManagementDomainSharedModule : FitSaaSModule
{
    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Services.Configure<ExceptionHttpStatusOptions>(options => options
            .Map(TenantManagementErrorCodes.DuplicateTenantName, 409)
            .Map(TenantManagementErrorCodes.DuplicateDomain, 409)
            .Map(TenantManagementErrorCodes.InvalidDomain, 400)
            .Map(TenantManagementErrorCodes.InvalidConnectionString, 400));
    }
}
