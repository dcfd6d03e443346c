using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Bookings;

/// <summary>
/// Creates, changes and deletes class schedules, and keeps their sessions in step with them (<see cref="SyncAsync"/>):
/// every occurrence from today (in the location's zone) to the horizon has one session; a future session that follows
/// the schedule takes its changes; a session staff changed by hand (<see cref="ClassSession.IsCustomized"/>) or one that
/// has started is left alone. Each operation locks the schedule's row first, so two instances, or the job and an edit,
/// run one after the other and never create an occurrence twice (the unique occurrence key is the second guard).
/// </summary>
public sealed class ClassScheduleManager(
    IClassScheduleRepository schedules,
    IClassSessionRepository sessions,
    IClassTypeRepository classTypes,
    ILocationRepository locations,
    ClassSessionRescheduledPublisher rescheduled,
    IGuidGenerator guids,
    ICurrentTenant currentTenant) : IDomainService
{
    /// <summary>A new schedule (not saved; call <see cref="SyncAsync"/> after inserting it, in the same transaction).</summary>
    /// <exception cref="BusinessException">
    /// <see cref="BookingsErrorCodes.ClassTypeNotFound"/>, <see cref="BookingsErrorCodes.LocationNotFound"/>,
    /// <see cref="BookingsErrorCodes.InvalidRecurrenceRule"/>.
    /// </exception>
    public async Task<ClassSchedule> CreateAsync(ClassScheduleDefinition definition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        await EnsureReferencesExistAsync(definition, cancellationToken);
        return new ClassSchedule(guids.Create(), currentTenant.Id, definition);
    }

    /// <summary>Locks the schedule, applies <paramref name="definition"/> and brings its sessions in step (<see cref="SyncAsync"/>).</summary>
    /// <exception cref="BusinessException">
    /// As <see cref="CreateAsync"/>, and <see cref="BookingsErrorCodes.ScheduleCapacityBelowConfirmed"/>; nothing is changed then.
    /// </exception>
    public async Task<(ClassSchedule Schedule, ClassScheduleSyncResult Result)> UpdateAsync(
        Guid id, ClassScheduleDefinition definition, DateTime now, int horizonDays, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var schedule = await schedules.LockAsync(id, cancellationToken);
        await EnsureReferencesExistAsync(definition, cancellationToken);
        schedule.Apply(definition);
        return (schedule, await SyncLockedAsync(schedule, now, horizonDays, cancellationToken));
    }

    /// <summary>
    /// Locks the schedule and brings its sessions in step with it: creates the missing occurrences from today to
    /// <paramref name="horizonDays"/> ahead (in the location's zone), updates the future sessions that follow it, and
    /// removes the future ones that are no longer an occurrence (deleted when nobody booked them; kept, and marked
    /// customized, when somebody did). Sessions that moved while holding bookings publish
    /// <see cref="ClassSessionRescheduledEto"/> (<see cref="ClassSessionRescheduledPublisher"/>, the rule staff edits of a
    /// session follow too). Running it again changes nothing.
    /// </summary>
    /// <exception cref="BusinessException"><see cref="BookingsErrorCodes.ScheduleCapacityBelowConfirmed"/>.</exception>
    public async Task<ClassScheduleSyncResult> SyncAsync(Guid id, DateTime now, int horizonDays, CancellationToken cancellationToken = default) =>
        await SyncLockedAsync(await schedules.LockAsync(id, cancellationToken), now, horizonDays, cancellationToken);

    /// <summary>
    /// Locks and deletes the schedule: its future sessions that follow it go too when nobody booked them; booked ones stay
    /// (marked customized) for staff to cancel or keep. Past sessions stay as history.
    /// </summary>
    public async Task<ClassScheduleSyncResult> DeleteAsync(Guid id, DateTime now, CancellationToken cancellationToken = default)
    {
        var schedule = await schedules.LockAsync(id, cancellationToken);
        var removed = 0;
        var kept = 0;
        foreach (var session in await sessions.GetOfScheduleAsync(schedule.Id, DateOnly.FromDateTime(now.AddDays(-1)), cancellationToken))
        {
            if (session.IsDeleted || session.IsCustomized || session.HasStarted(now))
            {
                continue;
            }

            if (await RemoveAsync(session, cancellationToken))
            {
                removed++;
            }
            else
            {
                kept++;
            }
        }

        await schedules.DeleteAsync(schedule, cancellationToken: cancellationToken);
        return new ClassScheduleSyncResult(0, 0, removed, kept);
    }

    private async Task<ClassScheduleSyncResult> SyncLockedAsync(ClassSchedule schedule, DateTime now, int horizonDays, CancellationToken cancellationToken)
    {
        horizonDays = Math.Clamp(horizonDays, 1, ClassScheduleConsts.MaxHorizonDays);
        var location = await locations.FindAsync(schedule.LocationId, cancellationToken)
            ?? throw new BusinessException(BookingsErrorCodes.LocationNotFound, "The location does not exist.").WithData("locationId", schedule.LocationId);
        var today = location.ToLocalDate(now);
        var horizonEnd = today.AddDays(horizonDays + 1);

        // Sessions already generated from yesterday on (a session of yesterday's date may still be ahead in UTC terms).
        var existing = (await sessions.GetOfScheduleAsync(schedule.Id, today.AddDays(-1), cancellationToken))
            .ToDictionary(s => s.OccurrenceDate!.Value);
        var until = existing.Count == 0 ? horizonEnd : Max(horizonEnd, existing.Keys.Max().AddDays(1));
        var occurrences = schedule.GetOccurrenceDates(today.AddDays(-1), until)
            .Select(date => (Date: date, StartsAtUtc: location.ToUtc(date, schedule.LocalStartTime)))
            .Where(o => o.StartsAtUtc > now)
            .ToDictionary(o => o.Date, o => o.StartsAtUtc);

        // Sessions that follow the schedule and have not started; a capacity below a session's confirmed bookings refuses
        // the whole change before anything is written.
        var following = existing.Values.Where(s => !s.IsCustomized && !s.HasStarted(now)).ToList();
        foreach (var session in following.Where(s => !s.IsDeleted && occurrences.ContainsKey(s.OccurrenceDate!.Value) && schedule.Capacity < s.ConfirmedCount))
        {
            throw CapacityBelowConfirmed(session, schedule.Capacity);
        }

        int created = 0, updated = 0, removed = 0, kept = 0;
        foreach (var session in following)
        {
            var date = session.OccurrenceDate!.Value;
            if (occurrences.TryGetValue(date, out var startsAtUtc))
            {
                if (session.DiffersFrom(schedule, startsAtUtc))
                {
                    await FollowAsync(schedule, session, startsAtUtc, now, cancellationToken);
                    updated++;
                }
            }
            else if (!session.IsDeleted)
            {
                if (await RemoveAsync(session, cancellationToken))
                {
                    removed++;
                }
                else
                {
                    kept++;
                }
            }
        }

        // Missing occurrences within the horizon; a date that has a session in any state (customized, deleted, started) is taken.
        foreach (var (date, startsAtUtc) in occurrences)
        {
            if (date < horizonEnd && !existing.ContainsKey(date))
            {
                await sessions.InsertAsync(ClassSession.ForOccurrence(guids.Create(), currentTenant.Id, schedule, date, startsAtUtc), cancellationToken: cancellationToken);
                created++;
            }
        }

        return new ClassScheduleSyncResult(created, updated, removed, kept);
    }

    private async Task FollowAsync(ClassSchedule schedule, ClassSession session, DateTime startsAtUtc, DateTime now, CancellationToken cancellationToken)
    {
        if (session.IsDeleted)
        {
            // Deleted earlier by the schedule itself (staff deletions mark the session customized): it comes back.
            session.FollowSchedule(schedule, startsAtUtc);
            return;
        }

        // A booking locks the session to take a seat: lock it too, so the capacity check holds until commit.
        var locked = await sessions.LockAsync(session.Id, cancellationToken);
        if (schedule.Capacity < locked.ConfirmedCount)
        {
            throw CapacityBelowConfirmed(locked, schedule.Capacity);
        }

        var before = ClassSessionPlacement.Of(locked);
        locked.FollowSchedule(schedule, startsAtUtc);
        await rescheduled.PublishIfMovedAsync(locked, before, now, byStaff: false, cancellationToken);
    }

    // Deletes a session nobody booked; a booked one is kept for staff (marked customized). Returns true when deleted.
    private async Task<bool> RemoveAsync(ClassSession session, CancellationToken cancellationToken)
    {
        var locked = await sessions.LockAsync(session.Id, cancellationToken);
        if (locked.ConfirmedCount + locked.WaitlistCount > 0)
        {
            locked.MarkCustomized();
            return false;
        }

        await sessions.DeleteAsync(locked, cancellationToken: cancellationToken);
        return true;
    }

    private async Task EnsureReferencesExistAsync(ClassScheduleDefinition definition, CancellationToken cancellationToken)
    {
        if (await classTypes.FindAsync(definition.ClassTypeId, cancellationToken) is null)
        {
            throw new BusinessException(BookingsErrorCodes.ClassTypeNotFound, "The class type does not exist.").WithData("classTypeId", definition.ClassTypeId);
        }

        if (await locations.FindAsync(definition.LocationId, cancellationToken) is null)
        {
            throw new BusinessException(BookingsErrorCodes.LocationNotFound, "The location does not exist.").WithData("locationId", definition.LocationId);
        }
    }

    private static BusinessException CapacityBelowConfirmed(ClassSession session, int capacity) =>
        new BusinessException(
                BookingsErrorCodes.ScheduleCapacityBelowConfirmed,
                $"The session on {session.OccurrenceDate:yyyy-MM-dd} has {session.ConfirmedCount} confirmed bookings; the schedule's capacity cannot drop to {capacity}.")
            .WithData("classSessionId", session.Id)
            .WithData("capacity", capacity)
            .WithData("confirmedCount", session.ConfirmedCount);

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
