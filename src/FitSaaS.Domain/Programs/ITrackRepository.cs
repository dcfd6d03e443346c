using FitSaaS.Framework.Domain;

namespace FitSaaS.Programs;

/// <summary>Tracks of the current tenant.</summary>
public interface ITrackRepository : IRepository<Track, Guid>
{
    /// <summary>A page of tracks (by name), optionally of one location, and the total count.</summary>
    Task<(List<Track> Items, long TotalCount)> GetPagedListAsync(Guid? locationId, int skipCount, int maxResultCount, CancellationToken cancellationToken = default);

    /// <summary>Every track of a location, by name.</summary>
    Task<List<Track>> GetOfLocationAsync(Guid locationId, CancellationToken cancellationToken = default);
}
