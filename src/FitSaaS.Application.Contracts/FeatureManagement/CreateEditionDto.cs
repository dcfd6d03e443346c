using System.ComponentModel.DataAnnotations;

namespace FitSaaS.FeatureManagement;

/// <summary>Creates an edition, optionally with feature values.</summary>
public sealed class CreateEditionDto
{
    /// <summary>Unique name: letters, digits and inner hyphens, at most 64 characters.</summary>
    [Required]
    [StringLength(EditionConsts.MaxNameLength)]
    [RegularExpression(EditionConsts.NamePattern, ErrorMessage = "Use letters, digits and inner hyphens.")]
    public required string Name { get; init; }

    /// <summary>Human-readable name, at most 128 characters.</summary>
    [Required]
    [StringLength(EditionConsts.MaxDisplayNameLength)]
    public required string DisplayName { get; init; }

    /// <summary>Feature values of the edition; features left out take their default.</summary>
    public IReadOnlyList<UpdateFeatureValueDto>? Features { get; init; }
}
