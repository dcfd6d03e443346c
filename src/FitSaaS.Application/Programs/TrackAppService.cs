using FitSaaS.Framework.Application;
using FitSaaS.Framework.Authorization;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.MultiTenancy;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Programs;

/// <inheritdoc cref="ITrackAppService"/>
[Authorize(ProgramsPermissions.Tracks.Default)]
[RequiresFeature(ProgramsFeatures.Enabled)]
public sealed class TrackAppService(
    ITrackRepository tracks,
    TrackManager trackManager,
    IPublishedWorkoutRepository publications,
    IWorkoutRepository workouts,
    WorkoutPublisher publisher,
    IPermissionChecker permissionChecker,
    ICurrentTenant currentTenant,
    TimeProvider clock) : ApplicationService, ITrackAppService
{
    /// <inheritdoc/>
    public async Task<TrackDto> GetAsync(Guid id) => (await tracks.GetAsync(id)).ToDto();

    /// <inheritdoc/>
    public async Task<PagedResultDto<TrackDto>> GetListAsync(GetTrackListInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (items, total) = await tracks.GetPagedListAsync(input.LocationId, input.SkipCount, input.MaxResultCount);
        return new PagedResultDto<TrackDto>(total, items.Select(t => t.ToDto()).ToList());
    }

    /// <inheritdoc/>
    [Authorize(ProgramsPermissions.Tracks.Manage)]
    public async Task<TrackDto> CreateAsync(CreateTrackDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var track = await trackManager.CreateAsync(input.Name, input.LocationId!.Value, input.ClassTypeIds ?? []);
        Apply(track, input);
        await tracks.InsertAsync(track);
        return track.ToDto();
    }

    /// <inheritdoc/>
    [Authorize(ProgramsPermissions.Tracks.Manage)]
    public async Task<TrackDto> UpdateAsync(Guid id, UpdateTrackDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var track = await tracks.GetAsync(id);
        await trackManager.PlaceAsync(track, input.LocationId!.Value, input.ClassTypeIds ?? []);
        track.Rename(input.Name);
        Apply(track, input);
        await tracks.UpdateAsync(track);
        return track.ToDto();
    }

    /// <inheritdoc/>
    [Authorize(ProgramsPermissions.Tracks.Manage)]
    public async Task DeleteAsync(Guid id) => await tracks.DeleteAsync(await tracks.GetAsync(id));

    /// <inheritdoc/>
    public async Task<IReadOnlyList<PublishedWorkoutDto>> GetDaysAsync(Guid id, GetTrackDaysInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (from, to) = (input.From!.Value, input.To!.Value);
        ProgrammingClock.CheckRange(from, to);
        var track = await tracks.GetAsync(id);
        var current = await publications.GetCurrentListAsync(track.Id, from, to);
        if (!await permissionChecker.IsGrantedAsync(ProgramsPermissions.Tracks.Publish))
        {
            var now = ProgrammingClock.Now(clock);
            current = current.Where(p => p.IsVisibleToMembersAt(now)).ToList();
        }

        return current.Select(p => p.ToDto()).ToList();
    }

    /// <inheritdoc/>
    [Authorize(ProgramsPermissions.Tracks.Publish)]
    public async Task<IReadOnlyList<PublishedWorkoutDto>> GetVersionsAsync(Guid id, GetTrackVersionsInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var track = await tracks.GetAsync(id);
        return (await publications.GetVersionsAsync(track.Id, input.Date!.Value)).Select(p => p.ToDto()).ToList();
    }

    /// <inheritdoc/>
    [Authorize(ProgramsPermissions.Tracks.Publish)]
    public async Task<PublishedWorkoutDto> PublishAsync(Guid id, PublishWorkoutDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var track = await tracks.GetAsync(id);
        var workout = await workouts.FindVisibleAsync(input.WorkoutId!.Value, currentTenant.Id) ??
            throw new BusinessException(ProgramsErrorCodes.WorkoutNotFound, "The workout is not in the library.").WithData("workoutId", input.WorkoutId.Value);
        var visibleFrom = input.VisibleFromUtc is { } custom ? ProgrammingClock.Truncate(custom) : (DateTime?)null;
        var published = await publisher.PublishAsync(track, input.Date!.Value, workout, visibleFrom, input.Notes);
        return published.ToDto();
    }

    /// <inheritdoc/>
    [Authorize(ProgramsPermissions.Tracks.Publish)]
    public async Task UnpublishAsync(Guid id, UnpublishWorkoutDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var track = await tracks.GetAsync(id);
        await publisher.UnpublishAsync(track, input.Date!.Value, ProgrammingClock.Now(clock));
    }

    private static void Apply(Track track, TrackCreateOrUpdateDtoBase input)
    {
        track.Describe(input.Description);
        track.SetPublishTime(input.PublishTimeOfDay ?? Track.DefaultPublishTimeOfDay, input.PublishDaysBefore ?? Track.DefaultPublishDaysBefore);
    }
}
