using FitSaaS.Bookings;
using FitSaaS.Framework.DependencyInjection;

namespace FitSaaS.Programs;

/// <summary>
/// Programs' <see cref="IBookingsReferenceChecker"/>: a location with a track, or a class type a track lists, is in use (a
/// track's days are published in its location's zone, and its class types' sessions show its workouts).
/// </summary>
public sealed class TrackBookingsReferenceChecker(ITrackRepository tracks) : IBookingsReferenceChecker, ITransientDependency
{
    /// <inheritdoc/>
    public string ReferencedBy => "tracks";

    /// <inheritdoc/>
    public async Task<bool> IsLocationReferencedAsync(Guid locationId, CancellationToken cancellationToken = default) =>
        (await tracks.GetOfLocationAsync(locationId, cancellationToken)).Count > 0;

    /// <inheritdoc/>
    public async Task<bool> IsClassTypeReferencedAsync(Guid classTypeId, CancellationToken cancellationToken = default)
    {
        // A tenant has a handful of tracks; their class types are stored as one JSON column, so they are read and matched here.
        var (items, _) = await tracks.GetPagedListAsync(null, 0, int.MaxValue, cancellationToken);
        return items.Any(t => t.ClassTypeIds.Contains(classTypeId));
    }
}
