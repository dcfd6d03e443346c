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
