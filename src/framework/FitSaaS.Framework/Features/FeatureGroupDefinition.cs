namespace FitSaaS.Framework.Features;

/// <summary>A named group of features (usually one per module), as operators see them.</summary>
public sealed class FeatureGroupDefinition
{
    private readonly List<FeatureDefinition> _features = [];
    private readonly Action<FeatureDefinition> _register;

    internal FeatureGroupDefinition(string name, string? displayName, Action<FeatureDefinition> register)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        DisplayName = displayName ?? name;
        _register = register;
    }

    /// <summary>Unique group name, e.g. <c>Bookings</c>.</summary>
    public string Name { get; }

    /// <summary>Human-readable name.</summary>
    public string DisplayName { get; }

    /// <summary>The group's features in definition order.</summary>
    public IReadOnlyList<FeatureDefinition> Features => _features;

    /// <summary>Adds an on/off feature.</summary>
    /// <exception cref="InvalidOperationException">The name is already defined.</exception>
    public FeatureDefinition AddBoolean(string name, bool defaultValue, string? displayName = null, string? description = null, bool isVisibleToClients = true) =>
        Add(new FeatureDefinition(Name, name, FeatureValueType.Toggle, defaultValue ? "true" : "false", displayName, description, null, null, null, isVisibleToClients));

    /// <summary>
    /// Adds an integer feature. Quotas use <paramref name="minValue"/> = <see cref="FeatureDefinition.Unlimited"/>
    /// so that -1 means "no limit".
    /// </summary>
    /// <exception cref="InvalidOperationException">The name is already defined.</exception>
    public FeatureDefinition AddInteger(
        string name, int defaultValue, int? minValue = null, int? maxValue = null, string? displayName = null, string? description = null, bool isVisibleToClients = true) =>
        Add(new FeatureDefinition(Name, name, FeatureValueType.Number, defaultValue.ToString(System.Globalization.CultureInfo.InvariantCulture), displayName, description, minValue, maxValue, null, isVisibleToClients));

    /// <summary>Adds a feature whose value is one of <paramref name="allowedValues"/>.</summary>
    /// <exception cref="InvalidOperationException">The name is already defined.</exception>
    public FeatureDefinition AddSelection(
        string name, string defaultValue, IReadOnlyList<string> allowedValues, string? displayName = null, string? description = null, bool isVisibleToClients = true) =>
        Add(new FeatureDefinition(Name, name, FeatureValueType.Selection, defaultValue, displayName, description, null, null, allowedValues, isVisibleToClients));

    /// <summary>Adds a free-text feature.</summary>
    /// <exception cref="InvalidOperationException">The name is already defined.</exception>
    public FeatureDefinition AddString(string name, string defaultValue, string? displayName = null, string? description = null, bool isVisibleToClients = true) =>
        Add(new FeatureDefinition(Name, name, FeatureValueType.Text, defaultValue, displayName, description, null, null, null, isVisibleToClients));

    private FeatureDefinition Add(FeatureDefinition definition)
    {
        _register(definition);
        _features.Add(definition);
        return definition;
    }
}
