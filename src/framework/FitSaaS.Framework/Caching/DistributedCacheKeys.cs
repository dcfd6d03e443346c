using System.Reflection;

namespace FitSaaS.Framework.Caching;

/// <summary>
/// The store keys of <see cref="IDistributedCache{TItem}"/>, shared by its implementations so that every instance of every
/// profile reads and writes the same key: <c>{KeyPrefix}t:{tenantId:N},c:{cacheName},k:{key}</c> for a tenant and
/// <c>{KeyPrefix}c:{cacheName},k:{key}</c> for the host or for <see cref="CacheNameAttribute.HostWide"/> items.
/// </summary>
public static class DistributedCacheKeys
{
    /// <summary>The cache name of <paramref name="itemType"/>: its <see cref="CacheNameAttribute"/>, else its full name.</summary>
    public static string CacheNameOf(Type itemType)
    {
        ArgumentNullException.ThrowIfNull(itemType);
        return itemType.GetCustomAttribute<CacheNameAttribute>()?.Name ?? itemType.FullName!.Replace('+', '.');
    }

    /// <summary>Whether items of <paramref name="itemType"/> ignore the current tenant (<see cref="CacheNameAttribute.HostWide"/>).</summary>
    public static bool IsHostWide(Type itemType)
    {
        ArgumentNullException.ThrowIfNull(itemType);
        return itemType.GetCustomAttribute<CacheNameAttribute>()?.HostWide ?? false;
    }

    /// <summary>The store key of <paramref name="key"/> (null <paramref name="tenantId"/> = host or host-wide).</summary>
    public static string Normalize(string keyPrefix, Guid? tenantId, string cacheName, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return tenantId is { } id
            ? $"{keyPrefix}t:{id:N},c:{cacheName},k:{key}"
            : $"{keyPrefix}c:{cacheName},k:{key}";
    }
}
