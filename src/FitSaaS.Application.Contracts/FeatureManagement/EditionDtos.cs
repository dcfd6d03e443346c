using System.ComponentModel.DataAnnotations;
using FitSaaS.Framework.Application;

namespace FitSaaS.FeatureManagement;

/// <summary>An edition (platform tier).</summary>
public sealed class EditionDto
{
    /// <summary>Edition id.</summary>
    public Guid Id { get; init; }

    /// <summary>Unique name, e.g. <c>Pro</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Human-readable name.</summary>
    public required string DisplayName { get; init; }

    /// <summary>UTC instant of creation.</summary>
    public DateTime CreationTime { get; init; }

    /// <summary>Concurrency stamp; send it back on update.</summary>
    public required string ConcurrencyStamp { get; init; }
}

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

    /// <summary>The stamp from <see cref="EditionDto.ConcurrencyStamp"/>; a stale one gives 409 <c>FitSaaS:ConcurrencyConflict</c>. Optional.</summary>
    public string? ConcurrencyStamp { get; init; }
}

/// <summary>Edition list query: <c>?filter=&amp;sorting=name desc&amp;skipCount=&amp;maxResultCount=</c>.</summary>
[AllowedSorting("name", "displayName", "creationTime")]
public sealed class GetEditionListInput : PagedAndSortedResultRequestDto
{
    /// <summary>Part of the name (case-insensitive) or of the display name.</summary>
    [StringLength(EditionConsts.MaxDisplayNameLength)]
    public string? Filter { get; init; }
}

/// <summary>One feature value to set; a null value removes it (so the next level applies).</summary>
public sealed class UpdateFeatureValueDto
{
    /// <summary>Feature name, e.g. <c>Bookings.MaxLocations</c>; unknown names give 400 <c>Features:UnknownFeature</c>.</summary>
    [Required]
    [StringLength(EditionConsts.MaxFeatureNameLength)]
    public required string Name { get; init; }

    /// <summary>The value as a string (<c>true</c>, <c>3</c>, <c>-1</c> = unlimited); one that does not fit the definition gives 400 <c>Features:InvalidValue</c>.</summary>
    [StringLength(EditionConsts.MaxValueLength)]
    public string? Value { get; init; }
}

/// <summary>Feature values to set in one transaction.</summary>
public sealed class UpdateFeatureValuesDto
{
    /// <summary>The values; features not listed keep theirs.</summary>
    [Required]
    [MinLength(1)]
    public required IReadOnlyList<UpdateFeatureValueDto> Features { get; init; }
}

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
