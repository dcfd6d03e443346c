namespace FitSaaS.FeatureManagement;

/// <summary>A tenant's edition and its resolved feature values.</summary>
public sealed class TenantFeaturesDto
{
    /// <summary>The tenant.</summary>
    public Guid TenantId { get; init; }

    /// <summary>The assigned edition; null = none.</summary>
    public TenantEditionDto Edition { get; init; } = new();

    /// <summary>Every defined feature with the tenant's value and where it comes from.</summary>
    public required IReadOnlyList<TenantFeatureDto> Features { get; init; }
}

/// <summary>A tenant's edition assignment and the edition in effect.</summary>
public sealed class TenantEditionDto
{
    /// <summary>The assigned edition; null = none (defaults apply).</summary>
    public Guid? EditionId { get; init; }

    /// <summary>Name of the assigned edition.</summary>
    public string? EditionName { get; init; }

    /// <summary>UTC instant the assigned edition ends (a trial); null = no end.</summary>
    public DateTime? EditionEndDateUtc { get; init; }

    /// <summary>True when the end date has passed: the trial fallback edition is in effect.</summary>
    public bool IsExpired { get; init; }

    /// <summary>The edition in effect (assigned, or fallback after the end date); null = none.</summary>
    public Guid? EffectiveEditionId { get; init; }

    /// <summary>Name of the edition in effect.</summary>
    public string? EffectiveEditionName { get; init; }
}

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

/// <summary>Puts a tenant on an edition, optionally until an end date (a trial).</summary>
public sealed class UpdateTenantEditionDto
{
    /// <summary>Edition id; wins over <see cref="EditionName"/>. Both null: no edition (defaults apply).</summary>
    public Guid? EditionId { get; init; }

    /// <summary>Edition name, e.g. <c>Studio</c>.</summary>
    [System.ComponentModel.DataAnnotations.StringLength(EditionConsts.MaxNameLength)]
    public string? EditionName { get; init; }

    /// <summary>UTC instant the edition ends, in the future; after it the trial fallback edition (default <c>Free</c>) applies. Null = no end.</summary>
    public DateTime? EndDateUtc { get; init; }
}
