using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Events.Distributed;

namespace FitSaaS.Bookings;

/// <summary>
/// The one rule that tells members a session moved (<see cref="ClassSessionRescheduledEto"/>), for both ways a session
/// moves: a schedule edit its generated sessions follow (<see cref="ClassScheduleManager"/>) and staff changing the session
/// itself (<see cref="ClassSessionManager.UpdateAsync"/>). Called with the locked session after the change and its
/// <see cref="ClassSessionPlacement"/> before it, in the change's transaction.
/// </summary>
public sealed class ClassSessionRescheduledPublisher(IBookingRepository bookings, IDistributedEventBus eventBus) : IDomainService
{
    /// <summary>
    /// Publishes one <see cref="ClassSessionRescheduledEto"/> when the session's start, length or location differs from
    /// <paramref name="before"/>, it is not cancelled, it holds active bookings (pending, confirmed or waitlisted) and its
    /// start before or after the change is after <paramref name="now"/> (moving a class that took place to another past
    /// instant corrects history; nobody is told). Returns whether it published. Nothing else changes.
    /// </summary>
    /// <param name="session">The session after the change, locked (<see cref="IClassSessionRepository.LockAsync"/>).</param>
    /// <param name="before">Its placement before the change.</param>
    /// <param name="now">The change's instant (UTC).</param>
    /// <param name="byStaff">True when staff changed the session by hand; false for its schedule's change.</param>
    /// <param name="cancellationToken">Cancels the read of the members.</param>
    public async Task<bool> PublishIfMovedAsync(
        ClassSession session, ClassSessionPlacement before, DateTime now, bool byStaff, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        var after = ClassSessionPlacement.Of(session);
        if (after == before || session.IsCancelled || session.ConfirmedCount + session.WaitlistCount == 0 ||
            (before.StartsAtUtc <= now && after.StartsAtUtc <= now))
        {
            return false;
        }

        var members = (await bookings.GetActiveListAsync(session.Id, cancellationToken)).Select(b => b.MemberId).Distinct().ToList();
        await eventBus.PublishAsync(
            new ClassSessionRescheduledEto
            {
                ClassSessionId = session.Id,
                ClassScheduleId = session.ClassScheduleId ?? Guid.Empty,
                PreviousStartsAtUtc = before.StartsAtUtc,
                StartsAtUtc = after.StartsAtUtc,
                DurationMinutes = after.DurationMinutes,
                PreviousLocationId = before.LocationId,
                LocationId = after.LocationId,
                MemberUserIds = members,
                ByStaff = byStaff,
                OccurredAtUtc = UtcInstant.From(now),
            },
            cancellationToken);
        return true;
    }
}
