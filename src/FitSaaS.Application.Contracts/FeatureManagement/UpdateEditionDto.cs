using System.ComponentModel.DataAnnotations;

namespace FitSaaS.FeatureManagement;

/// <summary>Renames an edition.</summary>
public sealed class UpdateEditionDto
{
    /// <summary>New unique name.</summary>
    [Required]
    [StringLength(EditionConsts.MaxNameLength)]
    [RegularExpression(EditionConsts.NamePattern, ErrorMessage = "Use letters, digits and inner hyphens.")]
    public required string Name { get; init; }

    /// <summary>New display name.</summary>
    [Required]
    [StringLength(EditionConsts.MaxDisplayNameLength)]
    public required string DisplayName { get; init; }

    /// <summary>The stamp from <see cref="EditionDto.ConcurrencyStamp"/>; a stale one gives <c>FitSaaS:ConcurrencyConflict</c>. Optional.</summary>
    public string? ConcurrencyStamp { get; init; }
}
