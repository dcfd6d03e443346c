using FitSaaS.Framework.Authorization;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Settings;
using FitSaaS.Framework.Users;

namespace FitSaaS.Framework.AspNetCore.ApplicationConfiguration;

/// <summary>Builds the application configuration of the current caller and tenant.</summary>
public sealed class ApplicationConfigurationBuilder(
    ICurrentUser currentUser,
    ICurrentTenant currentTenant,
    IPermissionChecker permissionChecker,
    ISettingDefinitionManager settingDefinitions,
    ISettingProvider settings,
    IFeatureDefinitionManager featureDefinitions,
    IFeatureChecker features)
{
    /// <summary>Builds it: one grant-set lookup, one settings lookup and one feature-values lookup (cached per tenant).</summary>
    public async Task<ApplicationConfigurationDto> BuildAsync(CancellationToken cancellationToken = default)
    {
        var granted = await permissionChecker.GetGrantedNamesAsync(cancellationToken);
        var featureValues = await features.GetAllAsync(cancellationToken);
        var visibleFeatures = featureDefinitions.Definitions.Where(d => d.IsVisibleToClients)
            .ToDictionary(d => d.Name, d => (string?)featureValues[d.Name], StringComparer.Ordinal);
        var visible = settingDefinitions.Definitions.Where(d => d.IsVisibleToClients && !d.IsEncrypted).Select(d => d.Name).ToList();
        return new ApplicationConfigurationDto
        {
            CurrentUser = new CurrentUserDto
            {
                IsAuthenticated = currentUser.IsAuthenticated,
                Id = currentUser.Id,
                UserName = currentUser.UserName,
                Roles = currentUser.Roles,
            },
            CurrentTenant = new CurrentTenantDto { Id = currentTenant.Id, Name = currentTenant.Name, IsAvailable = currentTenant.IsAvailable },
            Auth = new AuthConfigurationDto { GrantedPolicies = granted.ToDictionary(n => n, _ => true, StringComparer.Ordinal) },
            Features = visibleFeatures,
            Settings = visible.Count == 0 ? new Dictionary<string, string?>() : await settings.GetAllAsync(visible),
        };
    }
}
