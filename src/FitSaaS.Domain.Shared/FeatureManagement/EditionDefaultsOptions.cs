namespace FitSaaS.FeatureManagement;

/// <summary>
/// The feature values each seeded edition (<see cref="EditionNames"/>) starts with. Every module sets the values of its own
/// features in its Domain.Shared module class (<c>Configure&lt;EditionDefaultsOptions&gt;(o =&gt; o.Set(EditionNames.Free, …))</c>),
/// so FeatureManagement names no other module's features and a module left out contributes none. Read by the edition seed
/// only when it creates an edition: editions operators changed keep their values.
/// </summary>
public sealed class EditionDefaultsOptions
{
    private readonly Dictionary<string, Dictionary<string, string?>> _values = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Edition name → feature name → value (a feature's serialized value; <c>-1</c> = unlimited for numeric quotas).</summary>
    public IReadOnlyDictionary<string, Dictionary<string, string?>> Values => _values;

    /// <summary>Sets the value <paramref name="feature"/> gets in the seeded edition <paramref name="edition"/> (later calls win).</summary>
    /// <returns>The same options, for chaining.</returns>
    public EditionDefaultsOptions Set(string edition, string feature, string? value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(edition);
        ArgumentException.ThrowIfNullOrWhiteSpace(feature);
        if (!_values.TryGetValue(edition, out var features))
        {
            features = new Dictionary<string, string?>(StringComparer.Ordinal);
            _values[edition] = features;
        }

        features[feature] = value;
        return this;
    }

    /// <summary>The values of <paramref name="edition"/> (empty when no module set any).</summary>
    public IReadOnlyDictionary<string, string?> For(string edition) =>
        _values.TryGetValue(edition, out var features) ? features : new Dictionary<string, string?>();
}
