using System.Globalization;

namespace FitSaaS.Framework.Settings;

/// <summary>One level of stored values: user (of a tenant or the host), tenant, or global.</summary>
/// <param name="ProviderName">One of <see cref="SettingProviderNames"/>.</param>
/// <param name="ProviderKey">User id, tenant id, or null for global.</param>
/// <param name="TenantId">Tenant the values belong to (null for global and host users).</param>
public sealed record SettingScope(string ProviderName, string? ProviderKey, Guid? TenantId)
{
    /// <summary>The host's global values.</summary>
    public static SettingScope Global { get; } = new(SettingProviderNames.Global, null, null);

    /// <summary>A tenant's values.</summary>
    public static SettingScope Tenant(Guid tenantId) =>
        new(SettingProviderNames.Tenant, tenantId.ToString("D", CultureInfo.InvariantCulture), tenantId);

    /// <summary>A user's own values (tenant null for host users).</summary>
    public static SettingScope User(Guid? tenantId, Guid userId) =>
        new(SettingProviderNames.User, userId.ToString("D", CultureInfo.InvariantCulture), tenantId);
}
