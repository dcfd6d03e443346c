using System.ComponentModel.DataAnnotations;

namespace FitSaaS.FeatureManagement;

/// <summary>Feature values to set in one transaction.</summary>
public sealed class UpdateFeatureValuesDto
{
    /// <summary>The values; features not listed keep theirs.</summary>
    [Required]
    [MinLength(1)]
    public required IReadOnlyList<UpdateFeatureValueDto> Features { get; init; }
}
