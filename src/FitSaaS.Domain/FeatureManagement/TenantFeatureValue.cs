using FitSaaS.Framework.Auditing;
using FitSaaS.Framework.Domain;

namespace FitSaaS.FeatureManagement;

/// <summary>
/// A feature value platform operators set for one tenant, overriding its edition. Host-owned (tenants
/// cannot see or change it), so <see cref="TenantId"/> is data here, not the tenant filter's column.
/// </summary>
[Audited]
public sealed class TenantFeatureValue : AggregateRoot<Guid>, IHostEntity
{
    private TenantFeatureValue()
    {
        Name = null!;
        Value = null!;
    }

    internal TenantFeatureValue(Guid id, Guid tenantId, string name, string value)
        : base(id)
    {
        TenantId = tenantId;
        Name = name;
        Value = value;
    }

    /// <summary>The tenant the override applies to.</summary>
    public Guid TenantId { get; private set; }

    /// <summary>Feature name.</summary>
    public string Name { get; private set; }

    /// <summary>Normalized value.</summary>
    public string Value { get; private set; }

    internal void ChangeValue(string value) => Value = value;
}
