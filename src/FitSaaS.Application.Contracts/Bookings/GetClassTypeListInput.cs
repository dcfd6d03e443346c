using System.ComponentModel.DataAnnotations;
using FitSaaS.Framework.Application;

namespace FitSaaS.Bookings;

/// <summary>Class type list query: <c>?filter=&amp;sorting=name desc&amp;skipCount=&amp;maxResultCount=</c>.</summary>
[AllowedSorting("name", "defaultCapacity", "durationMinutes", "creationTime")]
public sealed class GetClassTypeListInput : PagedAndSortedResultRequestDto
{
    /// <summary>Part of the name.</summary>
    [StringLength(ClassTypeConsts.MaxNameLength)]
    public string? Filter { get; init; }
}
