using System.Security.Cryptography;
using FitSaaS.Framework.Caching;
using FitSaaS.Framework.Settings;
using FitSaaS.Framework.Uow;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;

namespace FitSaaS.SettingManagement;

/// <summary>
/// The database <see cref="ISettingStore"/>: one query loads a whole level (global, one tenant, or one
/// user of a tenant) and the level's stored values are cached in the distributed cache
/// (<see cref="IDistributedCache{TItem}"/>: in memory, or Redis shared by all instances) under a key that includes the
/// level's tenant id. Encrypted values stay encrypted in the cache and are decrypted on each read, so no secret leaves the
/// process in clear text. <see cref="SettingManager"/> removes a level's entry after the commit of a change to one of its
/// values; until then the changing unit of work reads the level from the database and caches nothing. Entries expire after <see cref="CacheDuration"/>, which bounds how long a missed invalidation may serve
/// an old value.
/// </summary>
public sealed partial class SettingStore(
    ISettingRepository settings,
    ISettingDefinitionManager definitions,
    SettingValueProtector protector,
    IDistributedCache<SettingLevelCacheItem> cache,
    IUnitOfWorkManager unitOfWorkManager,
    ILogger<SettingStore> logger) : ISettingStore
{
    /// <summary>How long a loaded level stays cached.</summary>
    public static readonly TimeSpan CacheDuration = TimeSpan.FromMinutes(1);

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<string, string>> GetValuesAsync(SettingScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var key = CacheKey(scope);
        var level = unitOfWorkManager.Current.HasCacheDataChanged(key)
            ? await LoadAsync(scope, cancellationToken)
            : await cache.GetOrAddAsync(key, () => LoadAsync(scope, cancellationToken),
                new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = CacheDuration }, cancellationToken);
        return Decrypt(scope, level);
    }

    /// <summary>The cache key of a level: <c>settings:G</c>, <c>settings:T:{tenant}</c>, <c>settings:U:{tenant|host}:{user}</c>.</summary>
    public static string CacheKey(SettingScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.ProviderName switch
        {
            SettingProviderNames.Global => "settings:G",
            SettingProviderNames.Tenant => $"settings:T:{scope.TenantId}",
            _ => $"settings:{scope.ProviderName}:{scope.TenantId?.ToString() ?? "host"}:{scope.ProviderKey}",
        };
    }

    private async Task<SettingLevelCacheItem> LoadAsync(SettingScope scope, CancellationToken cancellationToken)
    {
        var rows = await settings.GetListAsync(scope, cancellationToken);
        var values = new Dictionary<string, string>(rows.Count, StringComparer.Ordinal);
        foreach (var row in rows)
        {
            values[row.Name] = row.Value;
        }

        return new SettingLevelCacheItem(values);
    }

    private Dictionary<string, string> Decrypt(SettingScope scope, SettingLevelCacheItem level)
    {
        var values = new Dictionary<string, string>(level.StoredValues.Count, StringComparer.Ordinal);
        foreach (var (name, stored) in level.StoredValues)
        {
            var definition = definitions.Find(name);
            if (definition is null)
            {
                continue;
            }

            if (!definition.IsEncrypted)
            {
                values[name] = stored;
                continue;
            }

            try
            {
                values[name] = protector.Unprotect(stored);
            }
            catch (CryptographicException ex)
            {
                LogUndecryptable(logger, ex, name, scope.ProviderName, scope.ProviderKey);
            }
        }

        return values;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Setting {Name} ({ProviderName}/{ProviderKey}) cannot be decrypted with the key ring; its default applies.")]
    private static partial void LogUndecryptable(ILogger logger, Exception exception, string name, string providerName, string? providerKey);
}
