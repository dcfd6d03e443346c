using System.Security.Cryptography;
using FitSaaS.Framework.Settings;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;

namespace FitSaaS.SettingManagement;

/// <summary>
/// The database <see cref="ISettingStore"/>: one query loads a whole level (global, one tenant, or one
/// user of a tenant), decrypted, and the result is cached per level under a key that includes the
/// tenant id. <see cref="SettingManager"/> forgets a level's entry when one of its values changes (and
/// again after commit). Entries expire after <see cref="CacheDuration"/>, which bounds how long other
/// instances may serve an old value.
/// </summary>
public sealed partial class SettingStore(
    ISettingRepository settings,
    ISettingDefinitionManager definitions,
    SettingValueProtector protector,
    IMemoryCache cache,
    ILogger<SettingStore> logger) : ISettingStore
{
    /// <summary>How long a loaded level stays cached.</summary>
    public static readonly TimeSpan CacheDuration = TimeSpan.FromMinutes(1);

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<string, string>> GetValuesAsync(SettingScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return (await cache.GetOrCreateAsync(CacheKey(scope), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheDuration;
            return await LoadAsync(scope, cancellationToken);
        }))!;
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

    private async Task<IReadOnlyDictionary<string, string>> LoadAsync(SettingScope scope, CancellationToken cancellationToken)
    {
        var rows = await settings.GetListAsync(scope, cancellationToken);
        var values = new Dictionary<string, string>(rows.Count, StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var definition = definitions.Find(row.Name);
            if (definition is null)
            {
                continue;
            }

            if (!definition.IsEncrypted)
            {
                values[row.Name] = row.Value;
                continue;
            }

            try
            {
                values[row.Name] = protector.Unprotect(row.Value);
            }
            catch (CryptographicException ex)
            {
                LogUndecryptable(logger, ex, row.Name, scope.ProviderName, scope.ProviderKey);
            }
        }

        return values;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Setting {Name} ({ProviderName}/{ProviderKey}) cannot be decrypted with the key ring; its default applies.")]
    private static partial void LogUndecryptable(ILogger logger, Exception exception, string name, string providerName, string? providerKey);
}
