namespace FitSaaS.FeatureManagement;

/// <summary>One feature of a tenant: the resolved value and each level's value.</summary>
public sealed class TenantFeatureDto
{
    /// <summary>Feature name.</summary>
    public required string Name { get; init; }

    /// <summary>Human-readable name.</summary>
    public required string DisplayName { get; init; }

    /// <summary>Group (module) name.</summary>
    public required string GroupName { get; init; }

    /// <summary><c>Toggle</c>, <c>Number</c>, <c>Selection</c> or <c>Text</c>.</summary>
    public required string ValueType { get; init; }

    /// <summary>The value in effect: override → edition → default.</summary>
    public required string Value { get; init; }

    /// <summary>Where <see cref="Value"/> comes from: <c>Tenant</c>, <c>Edition</c> or <c>Default</c>.</summary>
    public required string Source { get; init; }

    /// <summary>The tenant's override, if any.</summary>
    public string? TenantValue { get; init; }

    /// <summary>The value of the edition in effect, if it sets one.</summary>
    public string? EditionValue { get; init; }

    /// <summary>The definition's default.</summary>
    public required string DefaultValue { get; init; }
}
