using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Events.Distributed;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Bookings;

/// <summary>
/// Creates, changes and deletes class sessions: checks that the class type and location exist in the
/// tenant, takes defaults from the class type, and changes capacity under the session lock (promoting
/// waitlisted bookings into new seats).
/// </summary>
public sealed class ClassSessionManager(
    IClassSessionRepository sessions,
    IClassTypeRepository classTypes,
    ILocationRepository locations,
    BookingManager bookingManager,
    ClassSessionRescheduledPublisher rescheduled,
    IDistributedEventBus eventBus,
    IGuidGenerator guids,
    ICurrentTenant currentTenant) : IDomainService
{
    /// <summary>Creates a session (not yet inserted); capacity and duration default to the class type's.</summary>
    /// <exception cref="BusinessException">
    /// <see cref="BookingsErrorCodes.ClassTypeNotFound"/>, <see cref="BookingsErrorCodes.LocationNotFound"/>.
    /// </exception>
    public async Task<ClassSession> CreateAsync(
        Guid classTypeId, Guid locationId, DateTime startsAtUtc, int? durationMinutes, int? capacity, Guid? coachId,
        CancellationToken cancellationToken = default)
    {
        var classType = await classTypes.FindAsync(classTypeId, cancellationToken) ??
            throw new BusinessException(BookingsErrorCodes.ClassTypeNotFound, "The class type does not exist.").WithData("classTypeId", classTypeId);
        await EnsureLocationExistsAsync(locationId, cancellationToken);
        return new ClassSession(
            guids.Create(),
            currentTenant.Id,
            classType.Id,
            locationId,
            startsAtUtc,
            durationMinutes ?? classType.DurationMinutes,
            capacity ?? classType.DefaultCapacity,
            coachId);
    }

    /// <summary>
    /// Changes a session under its lock. Raising the capacity promotes waitlisted bookings into the
    /// new seats (unless the session started); lowering it below the confirmed bookings is refused. A new start, length or
    /// location keeps the bookings and, when the session holds any, publishes one <see cref="ClassSessionRescheduledEto"/>
    /// (<see cref="ClassSessionRescheduledPublisher"/>, the rule schedule edits follow too); values that do not change the
    /// start, length or location publish nothing.
    /// </summary>
    /// <exception cref="EntityNotFoundException">No such session in the current tenant.</exception>
    /// <exception cref="BusinessException">
    /// <see cref="BookingsErrorCodes.LocationNotFound"/>, <see cref="BookingsErrorCodes.CapacityBelowConfirmed"/>.
    /// </exception>
    public async Task<ClassSession> UpdateAsync(
        Guid id, Guid locationId, DateTime startsAtUtc, int durationMinutes, int capacity, Guid? coachId, DateTime now,
        CancellationToken cancellationToken = default)
    {
        var session = await sessions.LockAsync(id, cancellationToken);
        session.EnsureNotCancelled();
        var before = ClassSessionPlacement.Of(session);
        session.MarkCustomized();
        if (session.LocationId != locationId)
        {
            await EnsureLocationExistsAsync(locationId, cancellationToken);
            session.MoveTo(locationId);
        }

        session.Reschedule(startsAtUtc, durationMinutes);
        session.AssignCoach(coachId);
        if (session.Capacity != capacity)
        {
            session.SetCapacity(capacity);
            await bookingManager.PromoteAndRenumberAsync(session, now, cancellationToken);
        }

        await rescheduled.PublishIfMovedAsync(session, before, now, byStaff: true, cancellationToken);
        return session;
    }

    /// <summary>Deletes a session without active bookings.</summary>
    /// <exception cref="EntityNotFoundException">No such session in the current tenant.</exception>
    /// <exception cref="BusinessException"><see cref="BookingsErrorCodes.SessionHasBookings"/>.</exception>
    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var session = await sessions.LockAsync(id, cancellationToken);
        var active = session.ConfirmedCount + session.WaitlistCount;
        if (active > 0)
        {
            throw new BusinessException(BookingsErrorCodes.SessionHasBookings, "Cancel the session's bookings before deleting it.")
                .WithData("activeBookings", active);
        }

        session.MarkCustomized();
        await sessions.DeleteAsync(session, cancellationToken: cancellationToken);
    }


    /// <summary>
    /// Staff cancel the session: every confirmed and waitlisted booking is cancelled without penalty (no promotion), the
    /// session stays on the timetable as cancelled with the reason, and <see cref="ClassSessionCancelledEto"/> is
    /// published with the members. Cancelling a cancelled session changes nothing and publishes nothing.
    /// </summary>
    /// <exception cref="BusinessException"><see cref="BookingsErrorCodes.SessionStarted"/>.</exception>
    public async Task<ClassSession> CancelAsync(Guid id, string reason, DateTime now, CancellationToken cancellationToken = default)
    {
        var session = await sessions.LockAsync(id, cancellationToken);
        if (session.IsCancelled)
        {
            return session;
        }

        session.EnsureNotStarted(now);
        var cancelled = await bookingManager.CancelAllAsync(session, now, cancellationToken);
        session.Cancel(now, reason);
        await eventBus.PublishAsync(
            new ClassSessionCancelledEto
            {
                ClassSessionId = session.Id,
                StartsAtUtc = session.StartsAtUtc,
                LocationId = session.LocationId,
                ClassTypeId = session.ClassTypeId,
                Reason = session.CancellationReason!,
                CancelledBookingIds = cancelled.Select(b => b.Id).ToList(),
                MemberUserIds = cancelled.Select(b => b.MemberId).Distinct().ToList(),
            },
            cancellationToken);
        return session;
    }

    /// <summary>Gives the session another coach (or none); a generated session then no longer follows its schedule.</summary>
    /// <exception cref="BusinessException"><see cref="BookingsErrorCodes.SessionCancelled"/>, <see cref="BookingsErrorCodes.SessionStarted"/>.</exception>
    public async Task<ClassSession> ChangeCoachAsync(Guid id, Guid? coachId, DateTime now, CancellationToken cancellationToken = default)
    {
        var session = await sessions.LockAsync(id, cancellationToken);
        session.EnsureNotCancelled();
        session.EnsureNotStarted(now);
        session.AssignCoach(coachId);
        session.MarkCustomized();
        return session;
    }

    /// <summary>
    /// Changes the session's capacity; a larger one promotes from the waitlist. A generated session then no longer follows
    /// its schedule.
    /// </summary>
    /// <exception cref="BusinessException">
    /// <see cref="BookingsErrorCodes.SessionCancelled"/>, <see cref="BookingsErrorCodes.SessionStarted"/>,
    /// <see cref="BookingsErrorCodes.CapacityBelowConfirmed"/>.
    /// </exception>
    public async Task<ClassSession> ChangeCapacityAsync(Guid id, int capacity, DateTime now, CancellationToken cancellationToken = default)
    {
        var session = await sessions.LockAsync(id, cancellationToken);
        session.EnsureNotCancelled();
        session.EnsureNotStarted(now);
        session.SetCapacity(capacity);
        session.MarkCustomized();
        await bookingManager.PromoteAndRenumberAsync(session, now, cancellationToken);
        return session;
    }

    private async Task EnsureLocationExistsAsync(Guid locationId, CancellationToken cancellationToken)
    {
        if (await locations.FindAsync(locationId, cancellationToken) is null)
        {
            throw new BusinessException(BookingsErrorCodes.LocationNotFound, "The location does not exist.").WithData("locationId", locationId);
        }
    }
}
