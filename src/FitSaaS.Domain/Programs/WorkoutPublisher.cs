using FitSaaS.Bookings;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Events.Distributed;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.Guids;

namespace FitSaaS.Programs;

/// <summary>
/// Publishes workouts to tracks' local dates: takes a snapshot of the workout's current version, computes when members see it
/// (the track's publish time in its location's IANA zone, see <see cref="Location.ToUtc(DateTime, string)"/>) and adds the date's
/// next version; never rewrites a published row. Two publishes of one track's date at once are serialised by a lock on the
/// date (<see cref="IQuotaLock"/>, for the rest of the transaction), so each gets its own version number. Every publication
/// publishes a <see cref="WorkoutPublishedEto"/> in the same transaction (outbox).
/// </summary>
public sealed class WorkoutPublisher(
    IPublishedWorkoutRepository publications,
    ILocationRepository locations,
    IQuotaLock locks,
    IGuidGenerator guidGenerator,
    IDistributedEventBus eventBus) : IDomainService
{
    /// <summary>The lock name of a track's local date (tenant, track, date).</summary>
    public static string LockKey(Guid? tenantId, Guid trackId, DateOnly date) =>
        FormattableString.Invariant($"programs-publication:{tenantId}:{trackId}:{date:yyyy-MM-dd}");

    /// <summary>
    /// Takes the locks of <paramref name="track"/>'s <paramref name="dates"/> for the rest of the transaction (before reading what
    /// they hold, as a template application does); <see cref="PublishAsync"/> takes its date's lock itself.
    /// </summary>
    public Task LockDatesAsync(Track track, IEnumerable<DateOnly> dates, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(track);
        return locks.AcquireAllAsync(dates.Distinct().Select(d => LockKey(track.TenantId, track.Id, d)).ToList(), cancellationToken);
    }

    /// <summary>
    /// Publishes <paramref name="workout"/> to <paramref name="track"/>'s <paramref name="date"/> as the date's next version; the
    /// caller checked the workout is visible to the tenant. The row is inserted (saved with the unit of work) and a
    /// <see cref="WorkoutPublishedEto"/> published.
    /// </summary>
    /// <param name="track">The track.</param>
    /// <param name="date">The track's local date.</param>
    /// <param name="workout">The workout; its current version is snapshotted.</param>
    /// <param name="visibleFromUtc">A custom instant members see it from (UTC); null for the track's publish time.</param>
    /// <param name="notes">The coach's notes; null when none.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <exception cref="BusinessException"><see cref="ProgramsErrorCodes.LocationNotFound"/> when the track's location was deleted.</exception>
    public async Task<PublishedWorkout> PublishAsync(
        Track track, DateOnly date, Workout workout, DateTime? visibleFromUtc, string? notes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(track);
        ArgumentNullException.ThrowIfNull(workout);
        var visibleFrom = visibleFromUtc is { } custom ? UtcInstant.From(custom) : await GetDefaultVisibleFromUtcAsync(track, date, cancellationToken);
        await locks.AcquireAsync(LockKey(track.TenantId, track.Id, date), cancellationToken);
        var version = await publications.GetLatestVersionNumberAsync(track.Id, date, cancellationToken) + 1;
        var published = new PublishedWorkout(
            guidGenerator.Create(), track.TenantId!.Value, track.Id, date, version, workout.ToSnapshot(), visibleFrom, notes);
        await publications.InsertAsync(published, cancellationToken: cancellationToken);
        await eventBus.PublishAsync(
            new WorkoutPublishedEto
            {
                PublishedWorkoutId = published.Id,
                TrackId = track.Id,
                Date = date,
                PublishedVersion = version,
                WorkoutId = published.WorkoutId,
                Title = published.Snapshot.Title,
                VisibleFromUtc = published.VisibleFromUtc,
            },
            cancellationToken);
        return published;
    }

    /// <summary>Unpublishes a track's date: every version is kept and marked unpublished.</summary>
    /// <exception cref="BusinessException"><see cref="ProgramsErrorCodes.DayNotPublished"/> when the date has no current publication.</exception>
    public async Task UnpublishAsync(Track track, DateOnly date, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(track);
        var versions = await publications.GetVersionsAsync(track.Id, date, cancellationToken);
        if (versions.Count == 0 || versions[^1].IsUnpublished)
        {
            throw new BusinessException(ProgramsErrorCodes.DayNotPublished, "The date has no published workout.")
                .WithData("date", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (var version in versions)
        {
            version.Unpublish(nowUtc);
        }
    }

    /// <summary>The track's default visible-from instant for a date: its publish time, in its location's zone, as UTC.</summary>
    /// <exception cref="BusinessException"><see cref="ProgramsErrorCodes.LocationNotFound"/> when the track's location was deleted.</exception>
    public async Task<DateTime> GetDefaultVisibleFromUtcAsync(Track track, DateOnly date, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(track);
        var location = await locations.FindAsync(track.LocationId, cancellationToken) ??
            throw new BusinessException(ProgramsErrorCodes.LocationNotFound, "The track's location no longer exists.").WithData("locationId", track.LocationId);
        return ComputeVisibleFromUtc(track, date, location.TimeZoneId);
    }

    /// <summary>
    /// The track's publish time for <paramref name="date"/> in the IANA zone <paramref name="timeZoneId"/>, as UTC (a local time in a
    /// spring-forward gap moves forward by the gap; one in the fall-back overlap takes the earlier instant).
    /// </summary>
    public static DateTime ComputeVisibleFromUtc(Track track, DateOnly date, string timeZoneId)
    {
        ArgumentNullException.ThrowIfNull(track);
        return Location.ToUtc(track.GetLocalVisibleFrom(date), timeZoneId);
    }
}
