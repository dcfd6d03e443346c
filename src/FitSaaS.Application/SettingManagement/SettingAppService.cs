using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Settings;
using FitSaaS.Framework.Uow;
using FitSaaS.Framework.Users;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.SettingManagement;

/// <inheritdoc cref="ISettingAppService"/>
/// <remarks>
/// Updates run in their own non-transactional unit of work (one <c>SaveChanges</c>, atomic on its own;
/// <c>UnitOfWorkAttribute.IsTransactional</c> is a <c>bool?</c> and cannot be set in an attribute): the
/// first encryption may create the Data Protection key, which is saved on a separate connection, and
/// SQLite would block that write behind an open transaction.
/// </remarks>
[Authorize]
public sealed class SettingAppService(
    SettingManager settingManager,
    ISettingDefinitionManager definitions,
    ISettingProvider settingProvider,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser,
    IUnitOfWorkManager unitOfWorkManager) : ApplicationService, ISettingAppService
{
    /// <inheritdoc/>
    public async Task<IReadOnlyList<SettingValueDto>> GetAsync()
    {
        var visible = definitions.Definitions.Where(d => d.IsVisibleToClients).Select(d => d.Name).ToList();
        var values = await settingProvider.GetAllAsync(visible);
        return visible.Select(name => new SettingValueDto { Name = name, Value = values[name] }).ToList();
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<SettingDto>> GetUserAsync() => GetLevelAsync(UserScope());

    /// <inheritdoc/>
    [UnitOfWork(IsDisabled = true)]
    public Task<IReadOnlyList<SettingDto>> UpdateUserAsync(UpdateSettingsDto input) => UpdateLevelAsync(UserScope(), input);

    /// <inheritdoc/>
    [Authorize(SettingManagementPermissions.Tenant)]
    public Task<IReadOnlyList<SettingDto>> GetTenantAsync() => GetLevelAsync(TenantScope());

    /// <inheritdoc/>
    [Authorize(SettingManagementPermissions.Tenant)]
    [UnitOfWork(IsDisabled = true)]
    public Task<IReadOnlyList<SettingDto>> UpdateTenantAsync(UpdateSettingsDto input) => UpdateLevelAsync(TenantScope(), input);

    /// <inheritdoc/>
    [Authorize(SettingManagementPermissions.Global)]
    public Task<IReadOnlyList<SettingDto>> GetGlobalAsync() => GetLevelAsync(SettingScope.Global);

    /// <inheritdoc/>
    [Authorize(SettingManagementPermissions.Global)]
    [UnitOfWork(IsDisabled = true)]
    public Task<IReadOnlyList<SettingDto>> UpdateGlobalAsync(UpdateSettingsDto input) => UpdateLevelAsync(SettingScope.Global, input);

    private async Task<IReadOnlyList<SettingDto>> UpdateLevelAsync(SettingScope scope, UpdateSettingsDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using (var unitOfWork = await unitOfWorkManager.BeginAsync(new UnitOfWorkOptions { IsTransactional = false }))
        {
            foreach (var item in input.Settings)
            {
                await settingManager.SetAsync(scope, item.Name, item.Value);
            }

            await unitOfWork.CompleteAsync();
        }

        return await GetLevelAsync(scope);
    }

    private async Task<IReadOnlyList<SettingDto>> GetLevelAsync(SettingScope scope)
    {
        var stored = await settingManager.GetValuesAsync(scope);
        return definitions.Definitions
            .Where(d => d.Providers.Contains(scope.ProviderName))
            .Select(d =>
            {
                var hasValue = stored.TryGetValue(d.Name, out var value);
                return new SettingDto
                {
                    Name = d.Name,
                    DisplayName = d.DisplayName,
                    Value = d.IsEncrypted ? null : value,
                    HasValue = hasValue,
                    DefaultValue = d.DefaultValue,
                    IsEncrypted = d.IsEncrypted,
                    IsVisibleToClients = d.IsVisibleToClients,
                };
            })
            .ToList();
    }

    private SettingScope UserScope() =>
        SettingScope.User(currentTenant.Id, currentUser.Id ?? throw new AuthorizationException("User settings belong to a signed-in user."));

    private SettingScope TenantScope() =>
        currentTenant.Id is { } tenantId
            ? SettingScope.Tenant(tenantId)
            : throw new BusinessException(SettingManagementErrorCodes.TenantRequired, "Tenant settings are changed within a tenant.");
}
