using FitSaaS.Framework.Auditing;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Settings;

namespace FitSaaS.SettingManagement;

/// <summary>
/// A stored setting value at one level: user (<c>U</c>, key = user id), tenant (<c>T</c>, key = tenant
/// id) or global (<c>G</c>, no key, a host row). User and tenant rows carry <see cref="TenantId"/> so
/// the tenant filter applies to them. <see cref="Value"/> is the stored form: encrypted when the
/// definition says so.
/// </summary>
[Audited]
public sealed class Setting : AggregateRoot<Guid>, IMultiTenant
{
    private Setting()
    {
        Name = null!;
        Value = null!;
        ProviderName = null!;
    }

    internal Setting(Guid id, SettingScope scope, string name, string storedValue)
        : base(id)
    {
        ArgumentNullException.ThrowIfNull(scope);
        Name = name;
        Value = storedValue;
        ProviderName = scope.ProviderName;
        ProviderKey = scope.ProviderKey;
        TenantId = scope.TenantId;
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The setting's name.</summary>
    public string Name { get; private set; }

    /// <summary>The stored value (encrypted for encrypted settings).</summary>
    public string Value { get; private set; }

    /// <summary>Level: <see cref="SettingProviderNames"/>.</summary>
    public string ProviderName { get; private set; }

    /// <summary>User id or tenant id; null for global values.</summary>
    public string? ProviderKey { get; private set; }

    internal void ChangeValue(string storedValue) => Value = storedValue;
}
