using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Bookings;

/// <summary>
/// Books, cancels and promotes. Every change first locks the session
/// (<see cref="IClassSessionRepository.LockAsync"/>), so concurrent requests for one session run one
/// after the other inside their transactions: the capacity check, the counters and the waitlist
/// positions are always read and written under that lock (DOMAIN.md §2.1), and a session is never
/// overbooked. Waitlist promotion is first-in, first-out (§2.3).
/// </summary>
public sealed class BookingManager(
    IBookingRepository bookings,
    IClassSessionRepository sessions,
    IGuidGenerator guids,
    ICurrentTenant currentTenant,
    IFeatureChecker features) : IDomainService
{
    /// <summary>
    /// Books the session for the member: confirmed while a seat is free, otherwise waitlisted at the
    /// end of the line — or refused when the tenant has no waitlists (<see cref="BookingsFeatures.Waitlist"/>).
    /// The booking is inserted and saved.
    /// </summary>
    /// <exception cref="EntityNotFoundException">No such session in the current tenant.</exception>
    /// <exception cref="BusinessException">
    /// <see cref="BookingsErrorCodes.SessionStarted"/>, <see cref="BookingsErrorCodes.AlreadyBooked"/>,
    /// <see cref="BookingsErrorCodes.SessionFull"/>.
    /// </exception>
    public async Task<Booking> BookAsync(Guid classSessionId, Guid memberId, DateTime now, CancellationToken cancellationToken = default)
    {
        var session = await sessions.LockAsync(classSessionId, cancellationToken);
        session.EnsureNotCancelled();
        session.EnsureNotStarted(now);
        if (await bookings.FindActiveAsync(session.Id, memberId, cancellationToken) is not null)
        {
            throw AlreadyBooked(session.Id, memberId);
        }

        Booking booking;
        if (session.HasFreeSeat)
        {
            session.TakeSeat();
            booking = Booking.CreateConfirmed(guids.Create(), currentTenant.Id, session.Id, memberId, now);
        }
        else if (!await features.IsEnabledAsync(BookingsFeatures.Waitlist, cancellationToken))
        {
            throw new BusinessException(BookingsErrorCodes.SessionFull, "The session is full.")
                .WithData("classSessionId", session.Id)
                .WithData("capacity", session.Capacity);
        }
        else
        {
            var position = session.JoinWaitlist();
            booking = Booking.CreateWaitlisted(guids.Create(), currentTenant.Id, session.Id, memberId, position, now);
        }

        await bookings.InsertAndSaveAsync(booking, cancellationToken);
        return booking;
    }

    /// <summary>
    /// Cancels the booking. Cancelling a confirmed booking frees its seat and promotes the first
    /// waitlisted booking; cancelling a waitlisted one moves those behind it up. Cancelling a
    /// cancelled booking does nothing and returns false.
    /// </summary>
    /// <param name="booking">The booking.</param>
    /// <param name="now">The current instant (UTC).</param>
    /// <param name="cancellationCutoff">
    /// How long before the start cancelling stops being possible (the tenant's
    /// <see cref="BookingsSettingNames.CancellationCutoffMinutes"/> for members; zero = until the start).
    /// </param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <exception cref="BusinessException">
    /// <see cref="BookingsErrorCodes.SessionStarted"/>, <see cref="BookingsErrorCodes.CancellationWindowClosed"/>.
    /// </exception>
    public async Task<bool> CancelAsync(Booking booking, DateTime now, TimeSpan cancellationCutoff = default, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(booking);

        // The lock refreshes the booking too: another request may have cancelled or promoted it meanwhile.
        var session = await sessions.LockAsync(booking.ClassSessionId, cancellationToken);
        if (!booking.IsActive)
        {
            return false;
        }

        session.EnsureNotStarted(now);
        if (cancellationCutoff > TimeSpan.Zero && now > session.StartsAtUtc - cancellationCutoff)
        {
            throw new BusinessException(BookingsErrorCodes.CancellationWindowClosed, "It is too late to cancel this booking.")
                .WithData("cutoffMinutes", (int)cancellationCutoff.TotalMinutes)
                .WithData("startsAtUtc", session.StartsAtUtc);
        }

        var wasConfirmed = booking.Status == BookingStatus.Confirmed;
        booking.Cancel(now);
        if (wasConfirmed)
        {
            session.ReleaseSeat();
        }
        else
        {
            session.LeaveWaitlist();
        }

        await PromoteAndRenumberAsync(session, now, cancellationToken);
        return true;
    }

    /// <summary>
    /// Cancels every confirmed and waitlisted booking of a locked session that staff cancel, without promotion or penalty;
    /// returns them.
    /// </summary>
    internal async Task<List<Booking>> CancelAllAsync(ClassSession session, DateTime now, CancellationToken cancellationToken)
    {
        var active = await bookings.GetActiveForUpdateAsync(session.Id, cancellationToken);
        foreach (var booking in active)
        {
            booking.Cancel(now);
        }

        return active;
    }

    /// <summary>
    /// Fills free seats of a locked session from the head of its waitlist (unless it started) and
    /// renumbers the remaining waitlist 1..n.
    /// </summary>
    internal async Task PromoteAndRenumberAsync(ClassSession session, DateTime now, CancellationToken cancellationToken)
    {
        var waitlist = (await bookings.GetWaitlistAsync(session.Id, cancellationToken))
            .Where(b => b.Status == BookingStatus.Waitlisted)
            .ToList();
        var promoted = 0;
        if (!session.HasStarted(now))
        {
            while (session.HasFreeSeat && promoted < waitlist.Count)
            {
                waitlist[promoted].Promote(now);
                session.PromoteFromWaitlist();
                promoted++;
            }
        }

        for (var i = promoted; i < waitlist.Count; i++)
        {
            waitlist[i].MoveToWaitlistPosition(i - promoted + 1);
        }

        if (waitlist.Count - promoted != session.WaitlistCount)
        {
            throw new InvalidOperationException(
                $"Session {session.Id} counts {session.WaitlistCount} waitlisted bookings but has {waitlist.Count - promoted}.");
        }
    }

    private static BusinessException AlreadyBooked(Guid classSessionId, Guid memberId) =>
        new BusinessException(BookingsErrorCodes.AlreadyBooked, "The member already has an active booking of this session.")
            .WithData("classSessionId", classSessionId)
            .WithData("memberId", memberId);
}
