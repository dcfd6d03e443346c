using System.ComponentModel.DataAnnotations;
using FitSaaS.Framework.Application;

namespace FitSaaS.Bookings;

/// <summary>Location list query: <c>?filter=&amp;sorting=name desc&amp;skipCount=&amp;maxResultCount=</c>.</summary>
[AllowedSorting("name", "creationTime")]
public sealed class GetLocationListInput : PagedAndSortedResultRequestDto
{
    /// <summary>Part of the name.</summary>
    [StringLength(LocationConsts.MaxNameLength)]
    public string? Filter { get; init; }
}
