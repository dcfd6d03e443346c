using FitSaaS.Framework.Auditing;
using FitSaaS.Framework.Domain;

namespace FitSaaS.FeatureManagement;

/// <summary>
/// An edition (platform tier) that platform operators sell to tenants: a unique name and the feature
/// values it grants. Host-owned. Values are validated by <see cref="EditionManager"/>; features the
/// edition does not set take their definition default.
/// </summary>
[Audited]
public sealed class Edition : AuditedAggregateRoot<Guid>, IHostEntity
{
    private readonly List<EditionFeatureValue> _values = [];

    private Edition()
    {
        Name = null!;
        NormalizedName = null!;
        DisplayName = null!;
    }

    internal Edition(Guid id, string name, string displayName)
        : base(id)
    {
        Name = null!;
        NormalizedName = null!;
        DisplayName = null!;
        SetName(name);
        SetDisplayName(displayName);
    }

    /// <summary>Unique name, e.g. <c>Pro</c> (case-insensitive uniqueness).</summary>
    public string Name { get; private set; }

    /// <summary>Upper-invariant name for lookups.</summary>
    public string NormalizedName { get; private set; }

    /// <summary>Human-readable name shown to operators and tenants.</summary>
    public string DisplayName { get; private set; }

    /// <summary>The feature values this edition sets.</summary>
    public IReadOnlyList<EditionFeatureValue> Values => _values;

    /// <summary>Changes the display name.</summary>
    public void SetDisplayName(string displayName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        DisplayName = displayName.Trim();
    }

    internal void SetName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        NormalizedName = Name.ToUpperInvariant();
    }

    /// <summary>The value this edition sets for a feature, or null.</summary>
    public string? FindValue(string featureName) => _values.FirstOrDefault(v => v.Name == featureName)?.Value;

    /// <summary>Sets a feature's (already validated and normalized) value; <paramref name="newValueId"/> is used when the feature had none.</summary>
    internal void SetValue(Guid newValueId, string featureName, string value)
    {
        var existing = _values.FirstOrDefault(v => v.Name == featureName);
        if (existing is null)
        {
            _values.Add(new EditionFeatureValue(newValueId, Id, featureName, value));
        }
        else
        {
            existing.ChangeValue(value);
        }
    }

    /// <summary>Removes a feature's value, so its default applies; false when it had none.</summary>
    internal bool RemoveValue(string featureName) => _values.RemoveAll(v => v.Name == featureName) > 0;
}
