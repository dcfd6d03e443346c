using FitSaaS.FeatureManagement;
using FitSaaS.Framework;
using FitSaaS.Framework.Events.Distributed;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.Modularity;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Identity;

/// <summary>The Identity module's constants, enums, error codes, feature definitions and distributed events.</summary>
[DependsOn(typeof(FitSaaSFrameworkModule), typeof(FeatureManagementDomainSharedModule))]
public sealed class IdentityDomainSharedModule : FitSaaSModule
{
    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Services.Configure<ExceptionHttpStatusOptions>(options => options
            .Map(IdentityErrorCodes.DuplicateUser, 409)
            .Map(IdentityErrorCodes.DuplicateClientId, 409)
            .Map(IdentityErrorCodes.RoleInUse, 409));
        context.Services.Configure<FeatureOptions>(o => o.DefinitionProviders.Add(typeof(IdentityFeatureDefinitionProvider)));
        context.Services.Configure<EditionDefaultsOptions>(o => o
            .Set(EditionNames.Free, IdentityFeatures.MaxMembers, "50")
            .Set(EditionNames.Studio, IdentityFeatures.MaxMembers, "500")
            .Set(EditionNames.Pro, IdentityFeatures.MaxMembers, "-1"));
        context.Services.Configure<DistributedEventOptions>(o => o.EventTypes.Add<IdentityUserChangedEto>().Add<IdentityUserDeletedEto>());
    }
}
