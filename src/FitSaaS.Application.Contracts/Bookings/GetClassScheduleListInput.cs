using FitSaaS.Framework.Application;

namespace FitSaaS.Bookings;

/// <summary>Class schedule list query: <c>?locationId=&amp;classTypeId=&amp;skipCount=&amp;maxResultCount=</c>; ordered by location and local start time.</summary>
public sealed class GetClassScheduleListInput : PagedResultRequestDto
{
    /// <summary>Only this location's schedules.</summary>
    public Guid? LocationId { get; init; }

    /// <summary>Only this class type's schedules.</summary>
    public Guid? ClassTypeId { get; init; }
}
