using System.ComponentModel.DataAnnotations;

namespace FitSaaS.FeatureManagement;

/// <summary>One feature value to set; a null value removes it (so the next level applies).</summary>
public sealed class UpdateFeatureValueDto
{
    /// <summary>Feature name, e.g. <c>Bookings.MaxLocations</c>; unknown names give <c>Features:UnknownFeature</c>.</summary>
    [Required]
    [StringLength(EditionConsts.MaxFeatureNameLength)]
    public required string Name { get; init; }

    /// <summary>The value as a string (<c>true</c>, <c>3</c>, <c>-1</c> = unlimited); one that does not fit the definition gives <c>Features:InvalidValue</c>.</summary>
    [StringLength(EditionConsts.MaxValueLength)]
    public string? Value { get; init; }
}
