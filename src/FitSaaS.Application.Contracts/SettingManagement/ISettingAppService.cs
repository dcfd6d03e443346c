using FitSaaS.Framework.Application;

namespace FitSaaS.SettingManagement;

/// <summary>
/// Reads and changes settings (<c>/api/setting-management/settings</c>): the current user's resolved
/// values, and the values stored at the user (own), tenant and global levels. Encrypted values are
/// write-only: no endpoint returns them.
/// </summary>
public interface ISettingAppService : IApplicationService
{
    /// <summary>The current user's resolved values of the settings visible to clients (<c>GET …/settings</c>).</summary>
    Task<IReadOnlyList<SettingValueDto>> GetAsync();

    /// <summary>The current user's own values of the settings a user may set (<c>GET …/settings/user</c>).</summary>
    Task<IReadOnlyList<SettingDto>> GetUserAsync();

    /// <summary>Changes the current user's own values (<c>PUT …/settings/user</c>).</summary>
    Task<IReadOnlyList<SettingDto>> UpdateUserAsync(UpdateSettingsDto input);

    /// <summary>The current tenant's values (<c>GET …/settings/tenant</c>); permission <c>FitSaaS.SettingManagement.Tenant</c>.</summary>
    Task<IReadOnlyList<SettingDto>> GetTenantAsync();

    /// <summary>Changes the current tenant's values (<c>PUT …/settings/tenant</c>); permission <c>FitSaaS.SettingManagement.Tenant</c>.</summary>
    Task<IReadOnlyList<SettingDto>> UpdateTenantAsync(UpdateSettingsDto input);

    /// <summary>The global values (<c>GET …/settings/global</c>); host permission <c>FitSaaS.SettingManagement.Global</c>.</summary>
    Task<IReadOnlyList<SettingDto>> GetGlobalAsync();

    /// <summary>Changes the global values (<c>PUT …/settings/global</c>); host permission <c>FitSaaS.SettingManagement.Global</c>.</summary>
    Task<IReadOnlyList<SettingDto>> UpdateGlobalAsync(UpdateSettingsDto input);
}
