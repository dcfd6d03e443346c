namespace FitSaaS.Framework.Caching;

/// <summary>
/// Names a cache item type's cache (the key prefix) and whether its items are host-wide. Without it the cache name is the
/// type's full name and items are per tenant.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class CacheNameAttribute(string name) : Attribute
{
    /// <summary>The cache name used in keys.</summary>
    public string Name { get; } = name;

    /// <summary>
    /// True: one item per key for the whole platform, whatever the current tenant (explicit opt-out of the tenant segment).
    /// Default false: the current tenant's id is part of every key.
    /// </summary>
    public bool HostWide { get; init; }
}
