using FitSaaS.Bookings;
using FitSaaS.Domain.Tests.Bookings.Fakes;
using FitSaaS.Framework.Exceptions;

namespace FitSaaS.Domain.Tests.Bookings;

/// <summary>Holds, limits, strikes, guards, check-in and the no-show sweep over in-memory repositories.</summary>
public sealed class BookingLifecycleTests
{
    private static readonly DateTime s_start = BookingsTestWorld.Now.AddDays(3);
    private readonly BookingsTestWorld _world = new();

    [Fact]
    public async Task Hold_CountsTowardCapacity_ConfirmIsIdempotent_ExpiryReleasesTheSeatToTheWaitlist()
    {
        var session = _world.AddSession(capacity: 1, startsAtUtc: s_start);
        var hold = await _world.BookingManager.BookAsync(session.Id, Guid.NewGuid(), BookingsTestWorld.Now, new BookingRequest(Hold: true));
        var waiting = await _world.BookingManager.BookAsync(session.Id, Guid.NewGuid(), BookingsTestWorld.Now);

        (hold.Status, hold.HoldExpiresAtUtc, waiting.Status).ShouldBe((BookingStatus.Pending, BookingsTestWorld.Now.AddMinutes(10), BookingStatus.Waitlisted));
        (await _world.BookingManager.ReleaseExpiredHoldsAsync(session.Id, BookingsTestWorld.Now.AddMinutes(10).AddSeconds(-1))).ShouldBe(0);
        (await _world.BookingManager.ReleaseExpiredHoldsAsync(session.Id, BookingsTestWorld.Now.AddMinutes(10))).ShouldBe(1);
        (await _world.BookingManager.ReleaseExpiredHoldsAsync(session.Id, BookingsTestWorld.Now.AddMinutes(11))).ShouldBe(0);

        (hold.Status, hold.StaffReason, waiting.Status, session.ConfirmedCount, session.WaitlistCount)
            .ShouldBe((BookingStatus.Cancelled, BookingConsts.HoldExpiredReason, BookingStatus.Confirmed, 1, 0));
        (await Should.ThrowAsync<BusinessException>(() => _world.BookingManager.ConfirmHoldAsync(hold, BookingsTestWorld.Now.AddMinutes(12))))
            .Code.ShouldBe(BookingsErrorCodes.HoldExpired);
    }

    [Fact]
    public async Task ConfirmHold_BeforeRelease_Confirms_AndAgainChangesNothing()
    {
        var session = _world.AddSession(capacity: 1, startsAtUtc: s_start);
        var hold = await _world.BookingManager.BookAsync(session.Id, Guid.NewGuid(), BookingsTestWorld.Now, new BookingRequest(Hold: true));

        await _world.BookingManager.ConfirmHoldAsync(hold, BookingsTestWorld.Now.AddMinutes(11));
        hold.ClearLocalEvents();
        await _world.BookingManager.ConfirmHoldAsync(hold, BookingsTestWorld.Now.AddMinutes(12));

        (hold.Status, hold.HoldExpiresAtUtc, session.ConfirmedCount).ShouldBe((BookingStatus.Confirmed, (DateTime?)null, 1));
        hold.GetLocalEvents().ShouldBeEmpty();
        (await _world.BookingManager.ReleaseExpiredHoldsAsync(session.Id, BookingsTestWorld.Now.AddMinutes(20))).ShouldBe(0);
    }

    [Fact]
    public async Task BookAsync_OnePerDayInTheLocationsCalendar_SecondSameLocalDayRefused_NextLocalDayAllowed_WaitlistDoesNotCount()
    {
        _world.Settings.Set(BookingsSettingNames.MaxBookingsPerDay, 1);
        var member = Guid.NewGuid();

        // New York: 2030-01-13 23:30 local is 2030-01-14 04:30 UTC; 2030-01-13 07:00 local is the same local day.
        var lateEvening = _world.AddSession(capacity: 5, startsAtUtc: new DateTime(2030, 1, 14, 4, 30, 0, DateTimeKind.Utc));
        var morning = _world.AddSession(capacity: 5, startsAtUtc: new DateTime(2030, 1, 13, 12, 0, 0, DateTimeKind.Utc));
        var nextMorning = _world.AddSession(capacity: 5, startsAtUtc: new DateTime(2030, 1, 14, 12, 0, 0, DateTimeKind.Utc));
        var full = _world.AddSession(capacity: 1, startsAtUtc: new DateTime(2030, 1, 13, 20, 0, 0, DateTimeKind.Utc));
        await _world.BookManyAsync(full, 1);

        await _world.BookingManager.BookAsync(lateEvening.Id, member, BookingsTestWorld.Now);
        var refused = await Should.ThrowAsync<BusinessException>(() => _world.BookingManager.BookAsync(morning.Id, member, BookingsTestWorld.Now));
        var next = await _world.BookingManager.BookAsync(nextMorning.Id, member, BookingsTestWorld.Now);
        var waitlisted = await _world.BookingManager.BookAsync(full.Id, member, BookingsTestWorld.Now);

        refused.Code.ShouldBe(BookingsErrorCodes.BookingLimitReached);
        (refused.Details["limit"], refused.Details["periodStart"]).ShouldBe(("PerDay", "2030-01-13"));
        (next.Status, waitlisted.Status).ShouldBe((BookingStatus.Confirmed, BookingStatus.Waitlisted));
        // The member's limit lock was taken for each of the four bookings asked (before the session's lock, when it is not yet
        // known whether a seat is free); the waitlist entry was not refused.
        _world.Features.Lock.Acquired.Count(k => k.EndsWith(member.ToString("N"), StringComparison.Ordinal)).ShouldBe(4);
    }

    [Fact]
    public async Task Promotion_MemberAtTheirLimitIsSkipped_ForTheNextInLine()
    {
        _world.Settings.Set(BookingsSettingNames.MaxUpcomingBookings, 1);
        var session = _world.AddSession(capacity: 1, startsAtUtc: s_start);
        var other = _world.AddSession(capacity: 5, startsAtUtc: s_start.AddHours(3));
        var bookings = await _world.BookManyAsync(session, 3);
        await _world.BookingManager.BookAsync(other.Id, bookings[1].MemberId, BookingsTestWorld.Now);

        await _world.BookingManager.CancelAsync(bookings[0], BookingsTestWorld.Now.AddHours(1));

        (bookings[1].Status, bookings[1].WaitlistPosition, bookings[2].Status).ShouldBe((BookingStatus.Waitlisted, 1, BookingStatus.Confirmed));
    }

    [Fact]
    public async Task Guard_RefusesABooking_NothingIsWritten_AndAtPromotionTheMemberIsSkipped()
    {
        var refusedMember = Guid.NewGuid();
        _world.Guards.Add(new RefusingGuard(refusedMember));
        var session = _world.AddSession(capacity: 1, startsAtUtc: s_start);
        var first = await _world.BookingManager.BookAsync(session.Id, Guid.NewGuid(), BookingsTestWorld.Now);
        var skipped = Booking.CreateWaitlisted(Guid.NewGuid(), _world.TenantId, session.Id, session.StartsAtUtc, refusedMember, session.JoinWaitlist(), BookingsTestWorld.Now);
        _world.Bookings.Items.Add(skipped);
        var next = await _world.BookingManager.BookAsync(session.Id, Guid.NewGuid(), BookingsTestWorld.Now.AddSeconds(1));

        var ex = await Should.ThrowAsync<BusinessException>(() => _world.BookingManager.BookAsync(_world.AddSession(5).Id, refusedMember, BookingsTestWorld.Now));
        await _world.BookingManager.CancelAsync(first, BookingsTestWorld.Now.AddHours(1));

        ex.Code.ShouldBe("Billing:NoEntitlement");
        (skipped.Status, skipped.WaitlistPosition, next.Status).ShouldBe((BookingStatus.Waitlisted, 1, BookingStatus.Confirmed));
        _world.Bookings.Items.Count(b => b.MemberId == refusedMember).ShouldBe(1);
    }

    [Fact]
    public async Task Strikes_ReachingTheLimitRestrictsSelfBookingUntilTheDate_StaffWithAReasonStillBook()
    {
        _world.Settings.Set(BookingsSettingNames.StrikeLimit, 2);
        _world.Settings.Set(BookingsSettingNames.StrikeWindowDays, 30);
        _world.Settings.Set(BookingsSettingNames.StrikeRestrictionDays, 7);
        var member = Guid.NewGuid();
        var early = BookingsTestWorld.Now.AddDays(-10);
        foreach (var start in new[] { early, early.AddDays(5) })
        {
            var past = _world.AddSession(capacity: 5, startsAtUtc: start);
            await _world.BookingManager.BookAsync(past.Id, member, start.AddDays(-1));
            (await _world.BookingManager.MarkNoShowsAsync(past.Id, start.AddHours(3), TimeSpan.FromHours(2))).ShouldBe(1);
        }

        var session = _world.AddSession(capacity: 5, startsAtUtc: s_start);
        var restrictedUntil = early.AddDays(12);

        var ex = await Should.ThrowAsync<BusinessException>(() => _world.BookingManager.BookAsync(session.Id, member, restrictedUntil.AddSeconds(-1)));
        var staff = await _world.BookingManager.BookAsync(session.Id, member, restrictedUntil.AddSeconds(-1), new BookingRequest(ByStaff: true, Reason: "Owner's call"));
        (await _world.BookingManager.GetRestrictionAsync(member, restrictedUntil)).ShouldBe((2, (DateTime?)null));

        ex.Code.ShouldBe(BookingsErrorCodes.MemberRestricted);
        ex.Details["restrictedUntilUtc"].ShouldBe(restrictedUntil);
        staff.Status.ShouldBe(BookingStatus.Confirmed);
    }

    [Theory]
    [InlineData(-30 * 60 - 1, false)]
    [InlineData(-30 * 60, true)]
    [InlineData(10 * 60, true)]
    [InlineData(10 * 60 + 1, false)]
    public async Task CheckIn_Member_OnlyInsideTheWindow(int secondsFromStart, bool allowed)
    {
        var session = _world.AddSession(capacity: 5, startsAtUtc: s_start);
        var booking = await _world.BookingManager.BookAsync(session.Id, Guid.NewGuid(), BookingsTestWorld.Now);
        var now = s_start.AddSeconds(secondsFromStart);

        if (allowed)
        {
            (await _world.BookingManager.CheckInAsync(booking, now)).ShouldBeTrue();
            (await _world.BookingManager.CheckInAsync(booking, now)).ShouldBeFalse();
            (booking.Status, booking.CheckedInAtUtc).ShouldBe((BookingStatus.CheckedIn, (DateTime?)now));
        }
        else
        {
            (await Should.ThrowAsync<BusinessException>(() => _world.BookingManager.CheckInAsync(booking, now))).Code.ShouldBe(BookingsErrorCodes.CheckInWindowClosed);
            booking.Status.ShouldBe(BookingStatus.Confirmed);
        }
    }

    [Fact]
    public async Task CheckIn_StaffCheckInAWaitlistedWalkIn_WhoTakesAFreeSeat_TheWaitlistMovesUp()
    {
        _world.Settings.Set(BookingsSettingNames.WaitlistCutoffMinutes, 60);
        var session = _world.AddSession(capacity: 1, startsAtUtc: s_start);
        var bookings = await _world.BookManyAsync(session, 3);
        await _world.BookingManager.CancelAsync(bookings[0], s_start.AddMinutes(-20));

        var member = await Should.ThrowAsync<BusinessException>(() => _world.BookingManager.CheckInAsync(bookings[2], s_start.AddMinutes(-5)));
        (await _world.BookingManager.CheckInAsync(bookings[2], s_start.AddMinutes(-5), new BookingRequest(ByStaff: true))).ShouldBeTrue();

        member.Code.ShouldBe(BookingsErrorCodes.InvalidBookingStatus);
        (bookings[2].Status, bookings[1].WaitlistPosition, session.ConfirmedCount, session.WaitlistCount).ShouldBe((BookingStatus.CheckedIn, 1, 1, 1));
        (await Should.ThrowAsync<BusinessException>(() => _world.BookingManager.CheckInAsync(bookings[1], s_start, new BookingRequest(ByStaff: true))))
            .Code.ShouldBe(BookingsErrorCodes.SessionFull);
    }

    [Fact]
    public async Task NoShowSweep_AfterEndPlusGrace_MarksOnlyConfirmed_Idempotent_StaffReverseUntilTheFeeDelay()
    {
        var session = _world.AddSession(capacity: 5, startsAtUtc: s_start);
        var bookings = await _world.BookManyAsync(session, 3);
        await _world.BookingManager.CheckInAsync(bookings[0], s_start);
        await _world.BookingManager.CancelAsync(bookings[1], s_start.AddHours(-5));
        var sweepAt = session.EndsAtUtc.AddHours(2);

        (await _world.BookingManager.MarkNoShowsAsync(session.Id, sweepAt.AddSeconds(-1), TimeSpan.FromHours(2))).ShouldBe(0);
        (await _world.BookingManager.MarkNoShowsAsync(session.Id, sweepAt, TimeSpan.FromHours(2))).ShouldBe(1);
        (await _world.BookingManager.MarkNoShowsAsync(session.Id, sweepAt.AddMinutes(1), TimeSpan.FromHours(2))).ShouldBe(0);
        bookings.Select(b => b.Status).ShouldBe([BookingStatus.CheckedIn, BookingStatus.Cancelled, BookingStatus.NoShow]);

        var final = await Should.ThrowAsync<BusinessException>(() =>
            _world.BookingManager.CheckInAsync(bookings[2], sweepAt.AddHours(24).AddSeconds(1), new BookingRequest(ByStaff: true)));
        (await _world.BookingManager.CheckInAsync(bookings[2], sweepAt.AddHours(24), new BookingRequest(ByStaff: true, Reason: "Forgot to scan"))).ShouldBeTrue();

        final.Code.ShouldBe(BookingsErrorCodes.NoShowFinal);
        (bookings[2].Status, bookings[2].NoShowAtUtc, bookings[2].StaffReason).ShouldBe((BookingStatus.CheckedIn, (DateTime?)sweepAt, "Forgot to scan"));
    }

    [Fact]
    public async Task EveryTransition_RaisesOneStatusChangedEvent_InOrder()
    {
        var session = _world.AddSession(capacity: 1, startsAtUtc: s_start);
        var booking = await _world.BookingManager.BookAsync(session.Id, Guid.NewGuid(), BookingsTestWorld.Now, new BookingRequest(Hold: true));
        await _world.BookingManager.ConfirmHoldAsync(booking, BookingsTestWorld.Now.AddMinutes(1));
        await _world.BookingManager.MarkNoShowsAsync(session.Id, session.EndsAtUtc.AddHours(3), TimeSpan.FromHours(2));
        await _world.BookingManager.CheckInAsync(booking, session.EndsAtUtc.AddHours(4), new BookingRequest(ByStaff: true, Reason: "Late scan"));

        booking.GetLocalEvents().Cast<BookingStatusChangedEvent>().Select(e => (e.PreviousStatus, e.Status)).ShouldBe(
        [
            (null, BookingStatus.Pending), (BookingStatus.Pending, BookingStatus.Confirmed), (BookingStatus.Confirmed, BookingStatus.NoShow),
            (BookingStatus.NoShow, BookingStatus.CheckedIn),
        ]);
        Should.Throw<InvalidOperationException>(() => booking.Cancel(session.EndsAtUtc.AddHours(5)));
    }

    [Fact]
    public void Lifecycle_CheckedInIsFinal_NoShowOnlyReversesToCheckedIn()
    {
        BookingLifecycle.CanChange(BookingStatus.CheckedIn, BookingStatus.Cancelled).ShouldBeFalse();
        BookingLifecycle.CanChange(BookingStatus.NoShow, BookingStatus.CheckedIn).ShouldBeTrue();
        BookingLifecycle.CanChange(BookingStatus.NoShow, BookingStatus.Cancelled).ShouldBeFalse();
        BookingLifecycle.CanChange(BookingStatus.Pending, BookingStatus.Confirmed).ShouldBeTrue();
        BookingLifecycle.SeatStatuses.ShouldAllBe(s => BookingLifecycle.HoldsSeat(s));
    }

    [Fact]
    public async Task Guard_RunsAtHoldConfirmationAndCheckIn_WithTheOperation_ARefusalChangesNothing()
    {
        var session = _world.AddSession(capacity: 5, startsAtUtc: s_start);
        var hold = await _world.BookingManager.BookAsync(session.Id, Guid.NewGuid(), BookingsTestWorld.Now, new BookingRequest(Hold: true));
        var seat = await _world.BookingManager.BookAsync(session.Id, Guid.NewGuid(), BookingsTestWorld.Now);
        var guard = new OperationGuard(BookingOperation.Confirm, BookingOperation.CheckIn);
        _world.Guards.Add(guard);

        var confirm = await Should.ThrowAsync<BusinessException>(() => _world.BookingManager.ConfirmHoldAsync(hold, BookingsTestWorld.Now.AddMinutes(1)));
        var checkIn = await Should.ThrowAsync<BusinessException>(() => _world.BookingManager.CheckInAsync(seat, s_start));
        guard.Refused.Clear();
        await _world.BookingManager.BookAsync(session.Id, Guid.NewGuid(), BookingsTestWorld.Now);

        (confirm.Code, checkIn.Code).ShouldBe(("Forms:WaiverMissing", "Forms:WaiverMissing"));
        (hold.Status, seat.Status, session.ConfirmedCount).ShouldBe((BookingStatus.Pending, BookingStatus.Confirmed, 3));
        guard.Seen.Select(c => (c.Operation, c.Status, c.Booking?.Id)).ShouldBe(
            [(BookingOperation.Confirm, BookingStatus.Confirmed, hold.Id), (BookingOperation.CheckIn, BookingStatus.CheckedIn, seat.Id), (BookingOperation.Book, BookingStatus.Confirmed, null)]);
    }

    // Refuses the operations it is given (as a waiver check would) and records every context it sees.
    private sealed class OperationGuard(params BookingOperation[] refused) : IBookingGuard
    {
        public List<BookingOperation> Refused { get; } = [.. refused];

        public List<BookingGuardContext> Seen { get; } = [];

        public Task CheckAsync(BookingGuardContext context, CancellationToken cancellationToken = default)
        {
            Seen.Add(context);
            return Refused.Contains(context.Operation)
                ? throw new BusinessException("Forms:WaiverMissing", "The member has not signed the waiver.")
                : Task.CompletedTask;
        }
    }

    private sealed class RefusingGuard(Guid memberId) : IBookingGuard
    {
        public Task CheckAsync(BookingGuardContext context, CancellationToken cancellationToken = default) =>
            context.MemberId == memberId
                ? throw new BusinessException("Billing:NoEntitlement", "No class credit left.")
                : Task.CompletedTask;
    }
}
