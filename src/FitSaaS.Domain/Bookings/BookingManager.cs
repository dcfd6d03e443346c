using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Settings;

namespace FitSaaS.Bookings;

/// <summary>
/// Moves bookings through their lifecycle (<see cref="BookingLifecycle"/>): books, holds, confirms, cancels, promotes,
/// checks in and marks no-shows. Every change first locks the session (<see cref="IClassSessionRepository.LockAsync"/>),
/// so concurrent requests for one session run one after the other inside their transactions: the capacity check, the
/// counters and the waitlist positions are always read and written under that lock (DOMAIN.md §2.1), and a session is
/// never overbooked. A member's limits are counted under a second lock, per member (<see cref="IQuotaLock"/>; before the
/// session's when the member books, after it when a promotion checks the member), in one query of the member's bookings
/// (<see cref="IBookingRepository.GetTallyAsync"/>), so two parallel bookings of two sessions cannot both pass a "1 per
/// day" limit. The policy
/// in force is the session's (<see cref="BookingPolicyProvider"/>); the registered <see cref="IBookingGuard"/>s run last,
/// inside the same transaction. Waitlist promotion is first-in, first-out (§2.3), skipping members a rule or guard refuses.
/// </summary>
public sealed class BookingManager(
    IBookingRepository bookings,
    IClassSessionRepository sessions,
    BookingPolicyProvider policies,
    ClassSessionSnapshotCache snapshots,
    IQuotaLock locks,
    IEnumerable<IBookingGuard> guards,
    ISettingProvider settings,
    IGuidGenerator guids,
    ICurrentTenant currentTenant,
    IFeatureChecker features) : IDomainService
{
    /// <summary>
    /// The lock on a member's bookings in a tenant (<see cref="IQuotaLock"/>): the booking limits are counted under it, and
    /// guards that keep per-member state (Billing's entitlement ledger) take the same one (a transaction may take a lock it
    /// holds again), so a booking waits for one member lock, not two.
    /// The name is the one the limits have always used, so instances of two versions still exclude each other.
    /// </summary>
    public static string MemberLockKey(Guid? tenantId, Guid memberId) => $"Bookings.MemberLimits:{tenantId:N}:{memberId:N}";

    /// <summary>
    /// Books the session for the member: confirmed (or, asked as a hold, pending until
    /// <see cref="BookingsSettingNames.HoldMinutes"/> from now) while a seat is free, otherwise waitlisted at the end of the
    /// line — or refused when the tenant has no waitlists (<see cref="BookingsFeatures.Waitlist"/>) or the waitlist is full.
    /// The member's booking window, limits and strike restriction apply unless staff override them with a reason. The
    /// booking is inserted and saved.
    /// </summary>
    /// <exception cref="EntityNotFoundException">No such session in the current tenant.</exception>
    /// <exception cref="BusinessException">
    /// <see cref="BookingsErrorCodes.SessionStarted"/>, <see cref="BookingsErrorCodes.SessionCancelled"/>,
    /// <see cref="BookingsErrorCodes.BookingNotOpen"/>, <see cref="BookingsErrorCodes.BookingClosed"/>,
    /// <see cref="BookingsErrorCodes.AlreadyBooked"/>, <see cref="BookingsErrorCodes.MemberRestricted"/>,
    /// <see cref="BookingsErrorCodes.BookingLimitReached"/>, <see cref="BookingsErrorCodes.SessionFull"/>,
    /// <see cref="BookingsErrorCodes.WaitlistFull"/>, and any code of a guard.
    /// </exception>
    public async Task<Booking> BookAsync(Guid classSessionId, Guid memberId, DateTime now, BookingRequest? request = null, CancellationToken cancellationToken = default)
    {
        request ??= BookingRequest.Member;

        // The member's own rules (strike restriction, limits) read their other bookings: they run first, under the member's
        // lock, from the session's cached snapshot, so the session stays locked only for the seat itself (docs/benchmarks.md
        // §14–15). The limit verdict applies only if a seat is taken (waitlist entries do not count); all is counted again if
        // the locked session differs from its snapshot.
        MemberCheck? check = null;
        ClassSessionSnapshot? snapshot = null;
        if (!request.IsOverride)
        {
            snapshot = await snapshots.GetAsync(classSessionId, cancellationToken);
            check = await CheckMemberAsync(snapshot, await policies.GetAsync(snapshot, cancellationToken), memberId, now, cancellationToken);
        }

        var session = await sessions.LockAsync(classSessionId, cancellationToken);
        session.EnsureNotCancelled();
        var policy = await policies.GetAsync(session, cancellationToken);
        EnsureWindowOpen(session, policy, now, request);
        if (snapshot is not null && !snapshot.Matches(session))
        {
            await snapshots.RefreshAsync(session, cancellationToken);
            check = await CheckMemberAsync(ClassSessionSnapshot.From(session), policy, memberId, now, cancellationToken);
        }

        if (check?.HasActiveBooking ?? await bookings.FindActiveAsync(session.Id, memberId, cancellationToken) is not null)
        {
            throw AlreadyBooked(session.Id, memberId);
        }

        Booking booking;
        var bookingId = guids.Create();
        if (session.HasFreeSeat)
        {
            if (check?.LimitRefusal is { } refusal)
            {
                throw refusal;
            }

            var status = request.Hold ? BookingStatus.Pending : BookingStatus.Confirmed;
            await RunGuardsAsync(
                new BookingGuardContext(BookingOperation.Book, bookingId, session, memberId, status, null, request.ByStaff, now)
                {
                    MemberLocked = check?.MemberLocked ?? false,
                    AwaitingPayment = request.Hold && request.AwaitingPayment,
                },
                cancellationToken);
            session.TakeSeat();
            booking = request.Hold
                ? Booking.CreatePending(bookingId, currentTenant.Id, session.Id, session.StartsAtUtc, memberId, now, now.AddMinutes(await HoldMinutesAsync()), request.ByStaff, request.Reason)
                : Booking.CreateConfirmed(bookingId, currentTenant.Id, session.Id, session.StartsAtUtc, memberId, now, request.ByStaff, request.Reason);
        }
        else
        {
            if (!await features.IsEnabledAsync(BookingsFeatures.Waitlist, cancellationToken))
            {
                throw new BusinessException(BookingsErrorCodes.SessionFull, "The session is full.")
                    .WithData("classSessionId", session.Id)
                    .WithData("capacity", session.Capacity);
            }

            if (policy.WaitlistMaxSize > 0 && session.WaitlistCount >= policy.WaitlistMaxSize)
            {
                throw new BusinessException(BookingsErrorCodes.WaitlistFull, "The session and its waitlist are full.")
                    .WithData("classSessionId", session.Id)
                    .WithData("maxSize", policy.WaitlistMaxSize);
            }

            await RunGuardsAsync(
                new BookingGuardContext(BookingOperation.Book, bookingId, session, memberId, BookingStatus.Waitlisted, null, request.ByStaff, now)
                {
                    MemberLocked = check?.MemberLocked ?? false,
                    AwaitingPayment = request.Hold && request.AwaitingPayment,
                },
                cancellationToken);
            var position = session.JoinWaitlist();
            booking = Booking.CreateWaitlisted(bookingId, currentTenant.Id, session.Id, session.StartsAtUtc, memberId, position, now, request.ByStaff, request.Reason);
        }

        await bookings.InsertAndSaveAsync(booking, cancellationToken);
        return booking;
    }

    /// <summary>
    /// Confirms a pending hold (its payment completed). Idempotent: a booking confirmed or checked in already is returned
    /// as it is. A hold past its expiry whose seat was not released yet is still confirmed (the seat was never given away).
    /// </summary>
    /// <exception cref="BusinessException">
    /// <see cref="BookingsErrorCodes.HoldExpired"/> (the seat was released), <see cref="BookingsErrorCodes.BookingNotPending"/>,
    /// and any code of a guard.
    /// </exception>
    public async Task<Booking> ConfirmHoldAsync(Booking booking, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(booking);
        var session = await sessions.LockAsync(booking.ClassSessionId, cancellationToken);
        switch (booking.Status)
        {
            case BookingStatus.Confirmed or BookingStatus.CheckedIn:
                return booking;
            case BookingStatus.Pending:
                await RunGuardsAsync(
                    new BookingGuardContext(BookingOperation.Confirm, booking.Id, session, booking.MemberId, BookingStatus.Confirmed, booking, false, now), cancellationToken);
                booking.ConfirmHold(now);
                return booking;
            case BookingStatus.Cancelled when booking.StaffReason == BookingConsts.HoldExpiredReason:
                throw new BusinessException(BookingsErrorCodes.HoldExpired, "The hold expired and its seat was released.")
                    .WithData("bookingId", booking.Id);
            default:
                throw new BusinessException(BookingsErrorCodes.BookingNotPending, $"The booking is {booking.Status}, not a pending hold.")
                    .WithData("status", booking.Status.ToString());
        }
    }

    /// <summary>
    /// Cancels the booking. A member's cancellation of a seat is free until the policy's free-cancellation limit, late
    /// (<see cref="BookingStatus.LateCancelled"/>) until its cut-off, and refused after; leaving the waitlist or dropping a
    /// pending hold is always free. Staff cancel without penalty until the start, with a reason. A freed seat promotes the
    /// waitlist (until its cut-off); cancelling a waitlisted one moves those behind it up. Cancelling a cancelled booking
    /// does nothing and returns false.
    /// </summary>
    /// <exception cref="BusinessException">
    /// <see cref="BookingsErrorCodes.SessionStarted"/>, <see cref="BookingsErrorCodes.CancellationWindowClosed"/>,
    /// <see cref="BookingsErrorCodes.ReasonRequired"/> (staff), <see cref="BookingsErrorCodes.InvalidBookingStatus"/> (checked in, no-show).
    /// </exception>
    public async Task<bool> CancelAsync(Booking booking, DateTime now, BookingRequest? request = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(booking);
        request ??= BookingRequest.Member;

        // The lock refreshes the booking too: another request may have cancelled or promoted it meanwhile.
        var session = await sessions.LockAsync(booking.ClassSessionId, cancellationToken);
        if (!booking.IsActive)
        {
            return false;
        }

        if (booking.Status is BookingStatus.CheckedIn or BookingStatus.NoShow)
        {
            throw InvalidStatus(booking, "cancel");
        }

        if (request.ByStaff && string.IsNullOrWhiteSpace(request.Reason))
        {
            throw new BusinessException(BookingsErrorCodes.ReasonRequired, "Staff record a reason when they cancel a member's booking.");
        }

        session.EnsureNotStarted(now);
        var policy = await policies.GetAsync(session, cancellationToken);
        var late = false;
        if (!request.ByStaff && booking.Status == BookingStatus.Confirmed)
        {
            if (now > policy.CancellationCutoffUtc(session))
            {
                throw new BusinessException(BookingsErrorCodes.CancellationWindowClosed, "It is too late to cancel this booking.")
                    .WithData("cutoffMinutes", (int)policy.CancellationCutoffBefore.TotalMinutes)
                    .WithData("startsAtUtc", session.StartsAtUtc);
            }

            late = now > policy.FreeCancellationUntilUtc(session);
        }

        var heldSeat = booking.HoldsSeat;
        booking.Cancel(now, late, request.ByStaff, request.Reason);
        if (heldSeat)
        {
            session.ReleaseSeat();
        }
        else
        {
            session.LeaveWaitlist();
        }

        await PromoteAndRenumberAsync(session, policy, now, cancellationToken);
        return true;
    }

    /// <summary>
    /// Checks the member in. Members (with their token) check in a confirmed booking inside the check-in window; staff
    /// (from the roster) also a waitlisted walk-in, who takes a free seat, and reverse a no-show (late check-in) until the
    /// penalties apply (<see cref="BookingsSettingNames.NoShowReversalHours"/>). Returns false, changing nothing, when the
    /// booking is checked in already.
    /// </summary>
    /// <exception cref="BusinessException">
    /// <see cref="BookingsErrorCodes.CheckInWindowClosed"/>, <see cref="BookingsErrorCodes.SessionFull"/> (a walk-in without a
    /// free seat), <see cref="BookingsErrorCodes.NoShowFinal"/>, <see cref="BookingsErrorCodes.InvalidBookingStatus"/>,
    /// <see cref="BookingsErrorCodes.SessionCancelled"/>, and any code of a guard.
    /// </exception>
    public async Task<bool> CheckInAsync(Booking booking, DateTime now, BookingRequest? request = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(booking);
        request ??= BookingRequest.Member;
        var session = await sessions.LockAsync(booking.ClassSessionId, cancellationToken);
        if (booking.Status == BookingStatus.CheckedIn)
        {
            return false;
        }

        session.EnsureNotCancelled();
        var policy = await policies.GetAsync(session, cancellationToken);
        var walkIn = false;
        switch (booking.Status)
        {
            case BookingStatus.Confirmed:
                EnsureCheckInWindow(session, policy, now, request.ByStaff);
                break;
            case BookingStatus.Waitlisted when request.ByStaff:
                EnsureCheckInWindow(session, policy, now, request.ByStaff);
                if (!session.HasFreeSeat)
                {
                    throw new BusinessException(BookingsErrorCodes.SessionFull, "The session has no free seat for the walk-in.")
                        .WithData("classSessionId", session.Id)
                        .WithData("capacity", session.Capacity);
                }

                walkIn = true;
                break;
            case BookingStatus.NoShow when request.ByStaff:
                var hours = await settings.GetAsync(BookingsSettingNames.NoShowReversalHours, 24);
                var until = booking.NoShowAtUtc!.Value.AddHours(hours);
                if (now > until)
                {
                    throw new BusinessException(BookingsErrorCodes.NoShowFinal, "The no-show can no longer be reversed.")
                        .WithData("reversibleUntilUtc", until);
                }

                break;
            default:
                throw InvalidStatus(booking, "check-in");
        }

        await RunGuardsAsync(
            new BookingGuardContext(BookingOperation.CheckIn, booking.Id, session, booking.MemberId, BookingStatus.CheckedIn, booking, request.ByStaff, now), cancellationToken);
        booking.CheckIn(now, request.ByStaff, request.Reason);
        if (walkIn)
        {
            session.PromoteFromWaitlist();
            await RenumberAsync(session, cancellationToken);
        }

        return true;
    }

    /// <summary>
    /// The no-show sweep of one session: once it ended <paramref name="grace"/> ago, every booking still confirmed becomes
    /// <see cref="BookingStatus.NoShow"/>. Idempotent (a second run finds none); returns how many it marked.
    /// </summary>
    public async Task<int> MarkNoShowsAsync(Guid classSessionId, DateTime now, TimeSpan grace, CancellationToken cancellationToken = default)
    {
        var session = await sessions.LockAsync(classSessionId, cancellationToken);
        if (session.IsCancelled || now < session.EndsAtUtc + grace)
        {
            return 0;
        }

        var confirmed = await bookings.GetInStatusForUpdateAsync(session.Id, BookingStatus.Confirmed, cancellationToken);
        foreach (var booking in confirmed)
        {
            booking.MarkNoShow(now);
        }

        return confirmed.Count;
    }

    /// <summary>
    /// Releases the session's pending holds that expired at or before <paramref name="now"/> (cancelled, reason
    /// <see cref="BookingConsts.HoldExpiredReason"/>) and gives the seats to the waitlist. Idempotent; returns how many it released.
    /// </summary>
    public async Task<int> ReleaseExpiredHoldsAsync(Guid classSessionId, DateTime now, CancellationToken cancellationToken = default)
    {
        var session = await sessions.LockAsync(classSessionId, cancellationToken);
        var expired = (await bookings.GetInStatusForUpdateAsync(session.Id, BookingStatus.Pending, cancellationToken))
            .Where(b => b.HoldExpiresAtUtc <= now)
            .ToList();
        foreach (var booking in expired)
        {
            booking.Cancel(now, reason: BookingConsts.HoldExpiredReason);
            session.ReleaseSeat();
        }

        if (expired.Count > 0)
        {
            await PromoteAndRenumberAsync(session, null, now, cancellationToken);
        }

        return expired.Count;
    }

    /// <summary>
    /// Until when the member's self-booking is restricted by no-shows (DOMAIN.md §2.6), or null. A no-show restricts when it
    /// and the member's other no-shows of the <see cref="BookingsSettingNames.StrikeWindowDays"/> before it reach
    /// <see cref="BookingsSettingNames.StrikeLimit"/>; the window is half-open, (its session's start − the window, its
    /// session's start], so a no-show whose session started exactly the window earlier no longer counts. The restriction
    /// lasts until <see cref="BookingsSettingNames.StrikeRestrictionDays"/> after that no-show's session (exclusive; the latest
    /// such end when several do), so a later single no-show does not lift a restriction in force. Strikes is the count of
    /// the restricting no-show's window, or when none restricts, of the latest one's. Derived from the bookings, so a
    /// reversed no-show lifts it.
    /// </summary>
    public async Task<(int Strikes, DateTime? RestrictedUntilUtc)> GetRestrictionAsync(Guid memberId, DateTime now, CancellationToken cancellationToken = default)
    {
        var (limit, window, restriction) = await policies.GetStrikeRuleAsync();
        if (limit <= 0)
        {
            return (0, null);
        }

        // Newest first. A restriction still in force ends after now, so its no-show started after now − restriction and
        // the no-shows it counts after now − restriction − window: nothing older can matter.
        var starts = await bookings.GetNoShowSessionStartsAsync(memberId, now - window - restriction, cancellationToken);
        if (starts.Count == 0)
        {
            return (0, null);
        }

        foreach (var anchor in starts)
        {
            if (now >= anchor + restriction)
            {
                // Older no-shows end their restrictions earlier still.
                break;
            }

            var strikes = StrikesInWindow(starts, anchor, window);
            if (strikes >= limit)
            {
                // The newest restricting no-show ends the restriction last.
                return (strikes, anchor + restriction);
            }
        }

        return (StrikesInWindow(starts, starts[0], window), null);
    }

    // The no-shows in the window that ends with the one at anchor: (anchor − window, anchor].
    private static int StrikesInWindow(List<DateTime> starts, DateTime anchor, TimeSpan window) =>
        starts.Count(s => s <= anchor && s > anchor - window);

    /// <summary>Cancels every pending, confirmed and waitlisted booking of a locked session that staff cancel, without promotion or penalty; returns them.</summary>
    internal async Task<List<Booking>> CancelAllAsync(ClassSession session, DateTime now, CancellationToken cancellationToken)
    {
        var active = await bookings.GetActiveForUpdateAsync(session.Id, cancellationToken);
        foreach (var booking in active)
        {
            booking.Cancel(now, byStaff: true, reason: BookingConsts.SessionCancelledReason);
        }

        return active;
    }

    /// <summary>
    /// Fills free seats of a locked session from the head of its waitlist — unless it started or the policy's waitlist
    /// cut-off passed (the seat is then open to anyone) — skipping members the strike restriction, their limits or a guard
    /// refuse, and renumbers the remaining waitlist 1..n.
    /// </summary>
    internal async Task PromoteAndRenumberAsync(ClassSession session, DateTime now, CancellationToken cancellationToken) =>
        await PromoteAndRenumberAsync(session, null, now, cancellationToken);

    private async Task PromoteAndRenumberAsync(ClassSession session, BookingPolicy? policy, DateTime now, CancellationToken cancellationToken)
    {
        var waitlist = (await bookings.GetWaitlistAsync(session.Id, cancellationToken))
            .Where(b => b.Status == BookingStatus.Waitlisted)
            .ToList();
        if (waitlist.Count > 0 && session.HasFreeSeat && !session.HasStarted(now))
        {
            policy ??= await policies.GetAsync(session, cancellationToken);
            if (now <= policy.WaitlistCutoffUtc(session))
            {
                foreach (var candidate in waitlist.ToList())
                {
                    if (!session.HasFreeSeat)
                    {
                        break;
                    }

                    if (await IsEligibleForPromotionAsync(session, policy, candidate, now, cancellationToken))
                    {
                        candidate.Promote(now);
                        session.PromoteFromWaitlist();
                        waitlist.Remove(candidate);
                    }
                }
            }
        }

        Renumber(session, waitlist);
    }

    private async Task RenumberAsync(ClassSession session, CancellationToken cancellationToken) =>
        Renumber(session, (await bookings.GetWaitlistAsync(session.Id, cancellationToken)).Where(b => b.Status == BookingStatus.Waitlisted).ToList());

    private static void Renumber(ClassSession session, List<Booking> waitlist)
    {
        for (var i = 0; i < waitlist.Count; i++)
        {
            waitlist[i].MoveToWaitlistPosition(i + 1);
        }

        if (waitlist.Count != session.WaitlistCount)
        {
            throw new InvalidOperationException($"Session {session.Id} counts {session.WaitlistCount} waitlisted bookings but has {waitlist.Count}.");
        }
    }

    private async Task<bool> IsEligibleForPromotionAsync(ClassSession session, BookingPolicy policy, Booking candidate, DateTime now, CancellationToken cancellationToken)
    {
        try
        {
            if ((await CheckMemberAsync(ClassSessionSnapshot.From(session), policy, candidate.MemberId, now, cancellationToken))?.LimitRefusal is { } refusal)
            {
                throw refusal;
            }

            await RunGuardsAsync(
                new BookingGuardContext(BookingOperation.Promote, candidate.Id, session, candidate.MemberId, BookingStatus.Confirmed, candidate, false, now), cancellationToken);
            return true;
        }
        catch (BusinessException)
        {
            return false;
        }
    }

    private static void EnsureWindowOpen(ClassSession session, BookingPolicy policy, DateTime now, BookingRequest request)
    {
        if (request.IsOverride)
        {
            // Staff walk-ins: any time until the session ends.
            if (now >= session.EndsAtUtc)
            {
                throw new BusinessException(BookingsErrorCodes.SessionStarted, "The session is over.")
                    .WithData("classSessionId", session.Id)
                    .WithData("startsAtUtc", session.StartsAtUtc);
            }

            return;
        }

        if (policy.ClosesBefore >= TimeSpan.Zero)
        {
            session.EnsureNotStarted(now);
        }

        if (policy.OpensAtUtc(session) is { } opensAt && now < opensAt)
        {
            throw new BusinessException(BookingsErrorCodes.BookingNotOpen, "Booking this session has not opened yet.")
                .WithData("opensAtUtc", opensAt);
        }

        var closesAt = policy.ClosesAtUtc(session);
        if (now > closesAt)
        {
            throw new BusinessException(BookingsErrorCodes.BookingClosed, "Booking this session has closed.")
                .WithData("closesAtUtc", closesAt);
        }
    }

    private static void EnsureCheckInWindow(ClassSession session, BookingPolicy policy, DateTime now, bool byStaff)
    {
        // Staff check in from the roster until the session ends; members (tokens) inside the window only.
        var opensAt = policy.CheckInOpensAtUtc(session);
        var closesAt = byStaff ? Max(policy.CheckInClosesAtUtc(session), session.EndsAtUtc) : policy.CheckInClosesAtUtc(session);
        if (now < opensAt || now > closesAt)
        {
            throw new BusinessException(BookingsErrorCodes.CheckInWindowClosed, "Check-in for this session is not open.")
                .WithData("opensAtUtc", opensAt)
                .WithData("closesAtUtc", closesAt);
        }
    }

    private async Task EnsureNotRestrictedAsync(Guid memberId, DateTime now, CancellationToken cancellationToken)
    {
        var (strikes, until) = await GetRestrictionAsync(memberId, now, cancellationToken);
        if (until is not null)
        {
            throw new BusinessException(BookingsErrorCodes.MemberRestricted, "Booking is restricted after too many no-shows.")
                .WithData("strikes", strikes)
                .WithData("restrictedUntilUtc", until.Value);
        }
    }

    // The member's side of a seat in the session, or null when no limit and no strike restriction is on (nothing is read):
    // takes the member's lock when a limit is on, counts the member's bookings in one query, throws MemberRestricted, and
    // returns whether the member holds an active booking of the session and the refusal the limits give a seat (or null).
    private async Task<MemberCheck?> CheckMemberAsync(
        ClassSessionSnapshot session, BookingPolicy policy, Guid memberId, DateTime now, CancellationToken cancellationToken)
    {
        var strikes = await policies.GetStrikeRuleAsync();
        var limited = policy is not { MaxBookingsPerDay: 0, MaxBookingsPerWeek: 0, MaxUpcomingBookings: 0 };
        if (!limited && strikes.Limit <= 0)
        {
            return null;
        }

        if (limited)
        {
            await locks.AcquireAsync(MemberLockKey(currentTenant.Id, memberId), cancellationToken);
        }

        var zone = await policies.GetTimeZoneIdAsync(session.LocationId, cancellationToken);
        var day = Location.ToLocalDate(session.StartsAtUtc, zone);
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        DateTime Midnight(DateOnly date) => Location.ToUtc(date.ToDateTime(TimeOnly.MinValue), zone);
        var tally = await bookings.GetTallyAsync(
            memberId,
            new MemberBookingTallyQuery(
                session.Id, Midnight(day), Midnight(day.AddDays(1)), Midnight(monday), Midnight(monday.AddDays(7)), now,
                strikes.Limit > 0 ? now - strikes.Window - strikes.Restriction : now),
            cancellationToken);

        // Fewer no-shows than the limit in the whole look-back cannot restrict: the exact rule runs only when they might.
        if (strikes.Limit > 0 && tally.NoShows >= strikes.Limit)
        {
            await EnsureNotRestrictedAsync(memberId, now, cancellationToken);
        }

        BusinessException? refusal = null;
        if (policy.MaxBookingsPerDay > 0 && tally.SeatsInDay >= policy.MaxBookingsPerDay)
        {
            refusal = LimitReached("PerDay", policy.MaxBookingsPerDay, day);
        }
        else if (policy.MaxBookingsPerWeek > 0 && tally.SeatsInWeek >= policy.MaxBookingsPerWeek)
        {
            refusal = LimitReached("PerWeek", policy.MaxBookingsPerWeek, monday);
        }
        else if (policy.MaxUpcomingBookings > 0 && tally.UpcomingSeats >= policy.MaxUpcomingBookings)
        {
            refusal = LimitReached("Upcoming", policy.MaxUpcomingBookings, null);
        }

        return new MemberCheck(tally.HasActiveBookingOfSession, refusal, limited);
    }

    private async Task RunGuardsAsync(BookingGuardContext context, CancellationToken cancellationToken)
    {
        foreach (var guard in guards)
        {
            await guard.CheckAsync(context, cancellationToken);
        }
    }

    private async Task<int> HoldMinutesAsync() => Math.Clamp(await settings.GetAsync(BookingsSettingNames.HoldMinutes, 10), 1, 24 * 60);

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    private static BusinessException LimitReached(string limit, int max, DateOnly? periodStart)
    {
        var exception = new BusinessException(BookingsErrorCodes.BookingLimitReached, $"The member reached the booking limit ({limit}: {max}).")
            .WithData("limit", limit)
            .WithData("max", max);
        return periodStart is { } start ? exception.WithData("periodStart", start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) : exception;
    }

    private sealed record MemberCheck(bool HasActiveBooking, BusinessException? LimitRefusal, bool MemberLocked);

    private static BusinessException InvalidStatus(Booking booking, string action) =>
        new BusinessException(BookingsErrorCodes.InvalidBookingStatus, $"A booking that is {booking.Status} does not allow {action}.")
            .WithData("status", booking.Status.ToString())
            .WithData("action", action);

    private static BusinessException AlreadyBooked(Guid classSessionId, Guid memberId) =>
        new BusinessException(BookingsErrorCodes.AlreadyBooked, "The member already has an active booking of this session.")
            .WithData("classSessionId", classSessionId)
            .WithData("memberId", memberId);
}
