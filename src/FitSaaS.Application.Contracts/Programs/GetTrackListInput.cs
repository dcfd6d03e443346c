using FitSaaS.Framework.Application;

namespace FitSaaS.Programs;

/// <summary>A page of tracks by name: <c>?locationId=…&amp;skipCount=0&amp;maxResultCount=10</c>.</summary>
public sealed class GetTrackListInput : PagedResultRequestDto
{
    /// <summary>Only the tracks of this location; null for all.</summary>
    public Guid? LocationId { get; init; }
}
