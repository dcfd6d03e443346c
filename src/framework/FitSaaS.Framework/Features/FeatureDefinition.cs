using System.Globalization;

namespace FitSaaS.Framework.Features;

/// <summary>
/// A feature a module defines: its name, value type, default and, for integers and selections, the
/// values it accepts. Values resolve tenant override → the tenant's edition → <see cref="DefaultValue"/>;
/// the host (no tenant) is never restricted by features.
/// </summary>
public sealed class FeatureDefinition
{
    /// <summary>Integer value meaning "no limit" for quota features (integers whose minimum is -1).</summary>
    public const int Unlimited = -1;

    /// <summary>Maximum length of a <see cref="FeatureValueType.Text"/> value.</summary>
    public const int MaxStringLength = 256;

    internal FeatureDefinition(
        string groupName,
        string name,
        FeatureValueType valueType,
        string defaultValue,
        string? displayName,
        string? description,
        int? minValue,
        int? maxValue,
        IReadOnlyList<string>? allowedValues,
        bool isVisibleToClients)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        GroupName = groupName;
        Name = name;
        ValueType = valueType;
        DisplayName = displayName ?? name;
        Description = description;
        MinValue = minValue;
        MaxValue = maxValue;
        AllowedValues = allowedValues ?? [];
        IsVisibleToClients = isVisibleToClients;
        if (valueType == FeatureValueType.Selection && AllowedValues.Count == 0)
        {
            throw new ArgumentException($"Selection feature '{name}' needs allowed values.", nameof(allowedValues));
        }

        if (minValue > maxValue)
        {
            throw new ArgumentException($"Feature '{name}': minimum {minValue} is above maximum {maxValue}.", nameof(minValue));
        }

        DefaultValue = Normalize(defaultValue, out var error)
            ?? throw new ArgumentException($"Default value of feature '{name}' is invalid: {error}", nameof(defaultValue));
    }

    /// <summary>Name of the group the feature belongs to.</summary>
    public string GroupName { get; }

    /// <summary>Dotted, globally unique name, e.g. <c>Bookings.MaxLocations</c>.</summary>
    public string Name { get; }

    /// <summary>What kind of value the feature holds.</summary>
    public FeatureValueType ValueType { get; }

    /// <summary>Value when neither the tenant nor its edition sets one (normalized).</summary>
    public string DefaultValue { get; }

    /// <summary>Human-readable name.</summary>
    public string DisplayName { get; }

    /// <summary>Optional longer explanation for operators.</summary>
    public string? Description { get; }

    /// <summary>Smallest accepted integer (inclusive); null = no minimum. A minimum of -1 lets <see cref="Unlimited"/> through.</summary>
    public int? MinValue { get; }

    /// <summary>Largest accepted integer (inclusive); null = no maximum.</summary>
    public int? MaxValue { get; }

    /// <summary>The accepted values of a <see cref="FeatureValueType.Selection"/> feature.</summary>
    public IReadOnlyList<string> AllowedValues { get; }

    /// <summary>True to send the tenant's value to client applications (<c>/api/application-configuration</c>). Default true.</summary>
    public bool IsVisibleToClients { get; }

    /// <summary>True for an integer feature that accepts <see cref="Unlimited"/>.</summary>
    public bool AllowsUnlimited => ValueType == FeatureValueType.Number && MinValue is null or <= Unlimited;

    /// <summary>
    /// Checks <paramref name="value"/> against the type, range and allowed values and returns its canonical
    /// form (booleans lower-case, integers without sign or padding noise), or null with the reason in
    /// <paramref name="error"/>.
    /// </summary>
    public string? Normalize(string? value, out string? error)
    {
        error = null;
        if (value is null)
        {
            error = "A value is required.";
            return null;
        }

        var trimmed = value.Trim();
        switch (ValueType)
        {
            case FeatureValueType.Toggle:
                if (bool.TryParse(trimmed, out var flag))
                {
                    return flag ? "true" : "false";
                }

                error = "Use true or false.";
                return null;
            case FeatureValueType.Number:
                if (!int.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
                {
                    error = "Use a whole number.";
                    return null;
                }

                if (number < MinValue || number > MaxValue)
                {
                    error = $"Use a number between {MinValue?.ToString(CultureInfo.InvariantCulture) ?? "any"} and {MaxValue?.ToString(CultureInfo.InvariantCulture) ?? "any"}.";
                    return null;
                }

                return number.ToString(CultureInfo.InvariantCulture);
            case FeatureValueType.Selection:
                if (AllowedValues.Contains(trimmed, StringComparer.Ordinal))
                {
                    return trimmed;
                }

                error = $"Use one of: {string.Join(", ", AllowedValues)}.";
                return null;
            default:
                if (value.Length <= MaxStringLength)
                {
                    return value;
                }

                error = $"Use at most {MaxStringLength} characters.";
                return null;
        }
    }
}
