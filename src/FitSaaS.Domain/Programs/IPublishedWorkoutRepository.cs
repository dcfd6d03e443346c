using FitSaaS.Framework.Domain;

namespace FitSaaS.Programs;

/// <summary>Published workout versions of the current tenant's tracks.</summary>
public interface IPublishedWorkoutRepository : IRepository<PublishedWorkout, Guid>
{
    /// <summary>The highest published version of a track's date (unpublished or not); 0 when none.</summary>
    Task<int> GetLatestVersionNumberAsync(Guid trackId, DateOnly date, CancellationToken cancellationToken = default);

    /// <summary>The current (latest) version of each date of a track in [<paramref name="from"/>, <paramref name="to"/>] that is not unpublished, by date, untracked.</summary>
    Task<List<PublishedWorkout>> GetCurrentListAsync(Guid trackId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default);

    /// <summary>Every version of a track's date, oldest first, tracked.</summary>
    Task<List<PublishedWorkout>> GetVersionsAsync(Guid trackId, DateOnly date, CancellationToken cancellationToken = default);
}
