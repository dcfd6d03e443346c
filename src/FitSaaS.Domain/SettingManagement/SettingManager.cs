using FitSaaS.Framework.Caching;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.Settings;
using FitSaaS.Framework.Uow;

namespace FitSaaS.SettingManagement;

/// <summary>Changes stored setting values at one level: checks the definition, encrypts, and invalidates the cache.</summary>
public sealed class SettingManager(
    ISettingRepository settings,
    ISettingDefinitionManager definitions,
    ISettingStore store,
    SettingValueProtector protector,
    IGuidGenerator guids,
    IDistributedCache<SettingLevelCacheItem> cache,
    IUnitOfWorkManager unitOfWorkManager) : IDomainService
{
    /// <summary>The definition of a setting.</summary>
    /// <exception cref="BusinessException"><see cref="SettingManagementErrorCodes.UnknownSetting"/>.</exception>
    public SettingDefinition GetDefinition(string name) =>
        definitions.Find(name) ?? throw new BusinessException(SettingManagementErrorCodes.UnknownSetting, $"No setting named '{name}' is defined.")
            .WithData("name", name);

    /// <summary>The values stored at one level (decrypted), by name.</summary>
    public Task<IReadOnlyDictionary<string, string>> GetValuesAsync(SettingScope scope, CancellationToken cancellationToken = default) =>
        store.GetValuesAsync(scope, cancellationToken);

    /// <summary>
    /// Sets a value at one level, encrypted when the definition says so; null removes the level's
    /// value (so a lower level or the default applies again). Changes are saved by the unit of work.
    /// </summary>
    /// <exception cref="BusinessException">
    /// <see cref="SettingManagementErrorCodes.UnknownSetting"/>, <see cref="SettingManagementErrorCodes.LevelNotAllowed"/>.
    /// </exception>
    public async Task SetAsync(SettingScope scope, string name, string? value, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var definition = GetDefinition(name);
        if (!definition.Providers.Contains(scope.ProviderName))
        {
            throw new BusinessException(SettingManagementErrorCodes.LevelNotAllowed, $"Setting '{name}' cannot be set at this level.")
                .WithData("name", name)
                .WithData("level", scope.ProviderName);
        }

        var row = await settings.FindAsync(scope, name, cancellationToken);
        if (value is null)
        {
            if (row is not null)
            {
                await settings.DeleteAsync(row, cancellationToken: cancellationToken);
            }
        }
        else
        {
            var stored = definition.IsEncrypted ? protector.Protect(value) : value;
            if (row is null)
            {
                await settings.InsertAsync(new Setting(guids.Create(), scope, name, stored), cancellationToken: cancellationToken);
            }
            else
            {
                row.ChangeValue(stored);
                await settings.UpdateAsync(row, cancellationToken: cancellationToken);
            }
        }

        await InvalidateAsync(scope, cancellationToken);
    }

    private async Task InvalidateAsync(SettingScope scope, CancellationToken cancellationToken)
    {
        var key = SettingStore.CacheKey(scope);
        if (unitOfWorkManager.Current is not { } unitOfWork)
        {
            await cache.RemoveNowAndSoonAsync(key, cancellationToken);
            return;
        }

        // Until commit this unit of work reads the level from the database and caches nothing (an uncommitted value never
        // reaches the shared cache); after commit the entry goes (and again 500 ms later, undoing a reader that loaded the old
        // value before the commit), which every instance sharing the cache sees.
        unitOfWork.MarkCacheDataChanged(key);
        unitOfWork.OnCompleted(() => cache.RemoveNowAndSoonAsync(key, CancellationToken.None));
    }
}
