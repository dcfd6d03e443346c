using FitSaaS.Framework.Application;

namespace FitSaaS.Programs;

/// <summary>
/// Programming tracks (<c>/api/programs/tracks</c>) and their days: coaches publish a workout to a track's local date; members see
/// a date's current version from its visible-from instant, staff always.
/// </summary>
public interface ITrackAppService : IApplicationService
{
    /// <summary>Returns a track of the tenant.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing or another tenant's.</exception>
    Task<TrackDto> GetAsync(Guid id);

    /// <summary>A page of the tenant's tracks, by name.</summary>
    Task<PagedResultDto<TrackDto>> GetListAsync(GetTrackListInput input);

    /// <summary>Creates a track.</summary>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Programs:LocationNotFound</c>; <c>Programs:ClassTypeNotFound</c>.</exception>
    Task<TrackDto> CreateAsync(CreateTrackDto input);

    /// <summary>Replaces a track's fields.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing or another tenant's.</exception>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Programs:LocationNotFound</c>; <c>Programs:ClassTypeNotFound</c>.</exception>
    Task<TrackDto> UpdateAsync(Guid id, UpdateTrackDto input);

    /// <summary>Deletes (soft) a track; its publications stay for history and results.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing or another tenant's.</exception>
    Task DeleteAsync(Guid id);

    /// <summary>The current published version of each date in the range that has one; members get only the versions visible now.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing or another tenant's.</exception>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Programs:InvalidDateRange</c>.</exception>
    Task<IReadOnlyList<PublishedWorkoutDto>> GetDaysAsync(Guid id, GetTrackDaysInput input);

    /// <summary>Every published version of a date, oldest first, unpublished ones included (staff).</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing or another tenant's.</exception>
    Task<IReadOnlyList<PublishedWorkoutDto>> GetVersionsAsync(Guid id, GetTrackVersionsInput input);

    /// <summary>Publishes a workout to a date: a new version (the date's previous versions stay unchanged).</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">The track is missing or another tenant's.</exception>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Programs:WorkoutNotFound</c>; <c>Programs:LocationNotFound</c>.</exception>
    Task<PublishedWorkoutDto> PublishAsync(Guid id, PublishWorkoutDto input);

    /// <summary>Unpublishes a date: its versions are kept and marked unpublished.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">The track is missing or another tenant's.</exception>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Programs:DayNotPublished</c>.</exception>
    Task UnpublishAsync(Guid id, UnpublishWorkoutDto input);
}
