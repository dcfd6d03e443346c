namespace FitSaaS.Framework.MultiTenancy;

/// <summary>
/// Keeps an entity type in the host (shared) database even inside a tenant scope whose tenant has its own
/// database: audit logs (so operators see them all in one place), OAuth clients and refresh tokens (read
/// by the token endpoint before it knows the tenant). Types implementing
/// <see cref="Domain.IHostEntity"/> always use the host database without this attribute.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class HostDatabaseAttribute : Attribute
{
    /// <summary>True when rows of <paramref name="entityType"/> always live in the host database.</summary>
    public static bool IsHostDatabaseEntity(Type entityType)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        return typeof(Domain.IHostEntity).IsAssignableFrom(entityType) ||
            entityType.IsDefined(typeof(HostDatabaseAttribute), inherit: true);
    }
}
