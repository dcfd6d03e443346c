using System.ComponentModel.DataAnnotations;
using FitSaaS.Framework.Application;

namespace FitSaaS.FeatureManagement;

/// <summary>Edition list query: <c>?filter=&amp;sorting=name desc&amp;skipCount=&amp;maxResultCount=</c>.</summary>
[AllowedSorting("name", "displayName", "creationTime")]
public sealed class GetEditionListInput : PagedAndSortedResultRequestDto
{
    /// <summary>Part of the name (case-insensitive) or of the display name.</summary>
    [StringLength(EditionConsts.MaxDisplayNameLength)]
    public string? Filter { get; init; }
}
