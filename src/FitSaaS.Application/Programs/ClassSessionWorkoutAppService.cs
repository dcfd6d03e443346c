using FitSaaS.Bookings;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Authorization;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Programs;

/// <inheritdoc cref="IClassSessionWorkoutAppService"/>
[Authorize(ProgramsPermissions.Tracks.Default)]
[RequiresFeature(ProgramsFeatures.Enabled)]
public sealed class ClassSessionWorkoutAppService(
    IClassSessionRepository sessions,
    ILocationRepository locations,
    ITrackRepository tracks,
    IPublishedWorkoutRepository publications,
    IPermissionChecker permissionChecker,
    TimeProvider clock) : ApplicationService, IClassSessionWorkoutAppService
{
    /// <inheritdoc/>
    public async Task<ClassSessionWorkoutDto> GetWorkoutAsync(Guid id)
    {
        var session = await sessions.GetSnapshotAsync(id);
        var location = await locations.FindAsync(session.LocationId) ?? throw NoWorkout(id);
        var date = location.ToLocalDate(session.StartsAtUtc);
        var candidates = (await tracks.GetOfLocationAsync(session.LocationId))
            .Where(t => t.ClassTypeIds.Count == 0 || t.ClassTypeIds.Contains(session.ClassTypeId))
            .OrderBy(t => t.ClassTypeIds.Count == 0 ? 1 : 0)
            .ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
        var isStaff = await permissionChecker.IsGrantedAsync(ProgramsPermissions.Tracks.Publish);
        var now = ProgrammingClock.Now(clock);
        foreach (var track in candidates)
        {
            var current = (await publications.GetCurrentListAsync(track.Id, date, date)).SingleOrDefault();
            if (current is not null && (isStaff || current.IsVisibleToMembersAt(now)))
            {
                return new ClassSessionWorkoutDto { ClassSessionId = id, TrackId = track.Id, TrackName = track.Name, Published = current.ToDto() };
            }
        }

        throw NoWorkout(id);
    }

    private static BusinessException NoWorkout(Guid sessionId) =>
        new BusinessException(ProgramsErrorCodes.NoWorkoutForClassSession, "No workout is published for this class session.").WithData("sessionId", sessionId);
}
