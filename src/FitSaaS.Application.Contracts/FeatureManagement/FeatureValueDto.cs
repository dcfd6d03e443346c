namespace FitSaaS.FeatureManagement;

/// <summary>A feature's definition and the value one level (an edition) sets.</summary>
public sealed class FeatureValueDto
{
    /// <summary>Feature name.</summary>
    public required string Name { get; init; }

    /// <summary>Human-readable name.</summary>
    public required string DisplayName { get; init; }

    /// <summary>Group (module) name.</summary>
    public required string GroupName { get; init; }

    /// <summary><c>Toggle</c>, <c>Number</c>, <c>Selection</c> or <c>Text</c>.</summary>
    public required string ValueType { get; init; }

    /// <summary>The value this level sets; null when it sets none.</summary>
    public string? Value { get; init; }

    /// <summary>The definition's default.</summary>
    public required string DefaultValue { get; init; }

    /// <summary>Smallest accepted number (-1 = unlimited allowed); null when none or not a number.</summary>
    public int? MinValue { get; init; }

    /// <summary>Largest accepted number; null when none or not a number.</summary>
    public int? MaxValue { get; init; }

    /// <summary>Accepted values of a selection.</summary>
    public required IReadOnlyList<string> AllowedValues { get; init; }
}
