using FitSaaS.Bookings;
using FitSaaS.Domain.Tests.Bookings.Fakes;
using FitSaaS.Framework.Exceptions;

namespace FitSaaS.Domain.Tests.Bookings;

/// <summary>Every threshold of the booking policy one second before and after it, and how the levels resolve.</summary>
public sealed class BookingPolicyTests
{
    private static readonly DateTime s_start = BookingsTestWorld.Now.AddDays(3);
    private static readonly TimeSpan s_second = TimeSpan.FromSeconds(1);
    private readonly BookingsTestWorld _world = new();

    [Theory]
    [InlineData(-1, BookingsErrorCodes.BookingNotOpen)]
    [InlineData(0, null)]
    [InlineData(1, null)]
    public async Task BookAsync_AroundTheOpeningOfTheWindow(int secondsFromOpening, string? expectedCode)
    {
        _world.Settings.Set(BookingsSettingNames.BookingOpensMinutes, 7 * 24 * 60);
        var session = _world.AddSession(capacity: 5, startsAtUtc: s_start);

        var now = s_start.AddDays(-7).AddSeconds(secondsFromOpening);

        await ExpectAsync(() => _world.BookingManager.BookAsync(session.Id, Guid.NewGuid(), now), expectedCode);
    }

    [Fact]
    public async Task BookAsync_WithLimitsOn_CountsTheMembersBookingsOncePerBooking_FromTheCachedSnapshotWhileTheSessionIsUnchanged()
    {
        _world.Settings.Set(BookingsSettingNames.MaxBookingsPerDay, 3);
        var session = _world.AddSession(capacity: 5, startsAtUtc: s_start);
        await _world.BookingManager.BookAsync(session.Id, Guid.NewGuid(), BookingsTestWorld.Now);
        await _world.BookingManager.BookAsync(session.Id, Guid.NewGuid(), BookingsTestWorld.Now);
        var unchanged = _world.Bookings.TallyCount;

        session.Reschedule(s_start.AddHours(1), session.DurationMinutes); // the cached snapshot is stale now
        await _world.BookingManager.BookAsync(session.Id, Guid.NewGuid(), BookingsTestWorld.Now);
        await _world.BookingManager.BookAsync(session.Id, Guid.NewGuid(), BookingsTestWorld.Now);

        (unchanged, _world.Bookings.TallyCount).ShouldBe((2, 2 + 2 + 1)); // counted again once after the move, then cached anew
    }

    [Fact]
    public async Task BookAsync_NoLimitAndNoStrikeRule_ReadsNothingOfTheMembersBookings()
    {
        var session = _world.AddSession(capacity: 5, startsAtUtc: s_start);

        await _world.BookingManager.BookAsync(session.Id, Guid.NewGuid(), BookingsTestWorld.Now);

        _world.Bookings.TallyCount.ShouldBe(0);
    }

    [Theory]
    [InlineData(-1, null)]
    [InlineData(0, null)]
    [InlineData(1, BookingsErrorCodes.BookingClosed)]
    public async Task BookAsync_AroundTheClosingOfTheWindow(int secondsFromClosing, string? expectedCode)
    {
        _world.Settings.Set(BookingsSettingNames.BookingClosesMinutes, 60);
        var session = _world.AddSession(capacity: 5, startsAtUtc: s_start);

        await ExpectAsync(() => _world.BookingManager.BookAsync(session.Id, Guid.NewGuid(), s_start.AddHours(-1).AddSeconds(secondsFromClosing)), expectedCode);
    }

    [Theory]
    [InlineData(-1, null)]
    [InlineData(0, null)]
    [InlineData(1, BookingsErrorCodes.BookingClosed)]
    public async Task BookAsync_WindowClosingAfterTheStart_LateJoinersBookUntilThen(int secondsFromClosing, string? expectedCode)
    {
        var session = _world.AddSession(capacity: 5, startsAtUtc: s_start);
        session.SetPolicy(new BookingPolicyOverrides { BookingClosesMinutes = -15 });

        await ExpectAsync(() => _world.BookingManager.BookAsync(session.Id, Guid.NewGuid(), s_start.AddMinutes(15).AddSeconds(secondsFromClosing)), expectedCode);
    }

    [Fact]
    public async Task BookAsync_StaffWithAReason_BookOutsideTheWindow_WithoutOne_GetTheMembersError()
    {
        _world.Settings.Set(BookingsSettingNames.BookingOpensMinutes, 60);
        var session = _world.AddSession(capacity: 5, startsAtUtc: s_start);
        var member = Guid.NewGuid();

        var refused = await Should.ThrowAsync<BusinessException>(() =>
            _world.BookingManager.BookAsync(session.Id, member, BookingsTestWorld.Now, new BookingRequest(ByStaff: true)));
        var booking = await _world.BookingManager.BookAsync(session.Id, member, BookingsTestWorld.Now, new BookingRequest(ByStaff: true, Reason: "Member asked at the desk"));

        refused.Code.ShouldBe(BookingsErrorCodes.BookingNotOpen);
        (booking.Status, booking.BookedByStaff, booking.StaffReason).ShouldBe((BookingStatus.Confirmed, true, "Member asked at the desk"));
    }

    [Theory]
    [InlineData(-1, BookingStatus.Cancelled)]
    [InlineData(0, BookingStatus.Cancelled)]
    [InlineData(1, BookingStatus.LateCancelled)]
    public async Task CancelAsync_AroundTheFreeCancellationLimit(int secondsFromLimit, BookingStatus expected)
    {
        _world.Settings.Set(BookingsSettingNames.FreeCancellationMinutes, 12 * 60);
        _world.Settings.Set(BookingsSettingNames.CancellationCutoffMinutes, 60);
        var session = _world.AddSession(capacity: 5, startsAtUtc: s_start);
        var booking = await _world.BookingManager.BookAsync(session.Id, Guid.NewGuid(), BookingsTestWorld.Now);

        (await _world.BookingManager.CancelAsync(booking, s_start.AddHours(-12).AddSeconds(secondsFromLimit))).ShouldBeTrue();

        booking.Status.ShouldBe(expected);
        session.ConfirmedCount.ShouldBe(0);
    }

    [Theory]
    [InlineData(-1, BookingStatus.LateCancelled)]
    [InlineData(0, BookingStatus.LateCancelled)]
    [InlineData(1, null)]
    public async Task CancelAsync_AroundTheCutoff(int secondsFromCutoff, BookingStatus? expected)
    {
        _world.Settings.Set(BookingsSettingNames.FreeCancellationMinutes, 12 * 60);
        _world.Settings.Set(BookingsSettingNames.CancellationCutoffMinutes, 60);
        var session = _world.AddSession(capacity: 5, startsAtUtc: s_start);
        var booking = await _world.BookingManager.BookAsync(session.Id, Guid.NewGuid(), BookingsTestWorld.Now);
        var now = s_start.AddHours(-1).AddSeconds(secondsFromCutoff);

        if (expected is { } status)
        {
            (await _world.BookingManager.CancelAsync(booking, now)).ShouldBeTrue();
            booking.Status.ShouldBe(status);
        }
        else
        {
            var ex = await Should.ThrowAsync<BusinessException>(() => _world.BookingManager.CancelAsync(booking, now));
            ex.Code.ShouldBe(BookingsErrorCodes.CancellationWindowClosed);
            ex.Details["cutoffMinutes"].ShouldBe(60);
            booking.Status.ShouldBe(BookingStatus.Confirmed);
            session.ConfirmedCount.ShouldBe(1);
        }
    }

    [Fact]
    public async Task CancelAsync_StaffAfterTheCutoff_CancelWithoutPenalty_OnlyWithAReason()
    {
        _world.Settings.Set(BookingsSettingNames.FreeCancellationMinutes, 12 * 60);
        _world.Settings.Set(BookingsSettingNames.CancellationCutoffMinutes, 60);
        var session = _world.AddSession(capacity: 5, startsAtUtc: s_start);
        var booking = await _world.BookingManager.BookAsync(session.Id, Guid.NewGuid(), BookingsTestWorld.Now);

        var noReason = await Should.ThrowAsync<BusinessException>(() => _world.BookingManager.CancelAsync(booking, s_start.AddMinutes(-5), new BookingRequest(ByStaff: true)));
        (await _world.BookingManager.CancelAsync(booking, s_start.AddMinutes(-5), new BookingRequest(ByStaff: true, Reason: "Injured"))).ShouldBeTrue();

        noReason.Code.ShouldBe(BookingsErrorCodes.ReasonRequired);
        (booking.Status, booking.CancelledByStaff, booking.StaffReason).ShouldBe((BookingStatus.Cancelled, true, "Injured"));
    }

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public async Task CancelAsync_AroundTheWaitlistCutoff_PromotesOnlyBeforeIt_AfterItTheSeatIsOpen(int secondsFromCutoff, bool promoted)
    {
        _world.Settings.Set(BookingsSettingNames.WaitlistCutoffMinutes, 120);
        var session = _world.AddSession(capacity: 1, startsAtUtc: s_start);
        var bookings = await _world.BookManyAsync(session, 2);

        await _world.BookingManager.CancelAsync(bookings[0], s_start.AddHours(-2).AddSeconds(secondsFromCutoff));

        bookings[1].Status.ShouldBe(promoted ? BookingStatus.Confirmed : BookingStatus.Waitlisted);
        session.ConfirmedCount.ShouldBe(promoted ? 1 : 0);
        if (!promoted)
        {
            var walkUp = await _world.BookingManager.BookAsync(session.Id, Guid.NewGuid(), s_start.AddMinutes(-30));
            walkUp.Status.ShouldBe(BookingStatus.Confirmed);
            bookings[1].WaitlistPosition.ShouldBe(1);
        }
    }

    [Fact]
    public async Task BookAsync_WaitlistAtItsMaximum_ThrowsWaitlistFull_AndChangesNothing()
    {
        var session = _world.AddSession(capacity: 1, startsAtUtc: s_start);
        _world.ClassType.SetPolicy(new BookingPolicyOverrides { WaitlistMaxSize = 2 });
        await _world.BookManyAsync(session, 3);

        var ex = await Should.ThrowAsync<BusinessException>(() => _world.BookingManager.BookAsync(session.Id, Guid.NewGuid(), BookingsTestWorld.Now));

        ex.Code.ShouldBe(BookingsErrorCodes.WaitlistFull);
        (session.ConfirmedCount, session.WaitlistCount, _world.Bookings.Items.Count).ShouldBe((1, 2, 3));
    }

    [Fact]
    public async Task Policy_ResolvesSessionThenClassTypeThenLocationThenTenant()
    {
        _world.Settings.Set(BookingsSettingNames.CheckInOpensMinutes, 45);
        _world.Settings.Set(BookingsSettingNames.CheckInClosesMinutes, 5);
        _world.Settings.Set(BookingsSettingNames.WaitlistMaxSize, 9);
        _world.Settings.Set(BookingsSettingNames.MaxBookingsPerDay, 4);
        _world.Location.SetPolicy(new BookingPolicyOverrides { CheckInOpensMinutes = 20, WaitlistMaxSize = 7 });
        _world.ClassType.SetPolicy(new BookingPolicyOverrides { CheckInOpensMinutes = 15 });
        var session = _world.AddSession(capacity: 5, startsAtUtc: s_start);
        session.SetPolicy(new BookingPolicyOverrides { MaxBookingsPerDay = 1 });

        var policy = await _world.Policies.GetAsync(session);

        (policy.CheckInOpensBefore, policy.CheckInClosesAfter, policy.WaitlistMaxSize, policy.MaxBookingsPerDay, policy.OpensBefore)
            .ShouldBe((TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(5), 7, 1, (TimeSpan?)null));
    }

    [Theory]
    [InlineData(60, 60, "closes before it opens")]
    [InlineData(60, 90, "closes before it opens")]
    public void SetPolicy_WindowThatClosesBeforeItOpens_ThrowsInvalidBookingPolicy(int opens, int closes, string reason)
    {
        var ex = Should.Throw<BusinessException>(() => _world.Location.SetPolicy(new BookingPolicyOverrides { BookingOpensMinutes = opens, BookingClosesMinutes = closes }));

        ex.Code.ShouldBe(BookingsErrorCodes.InvalidBookingPolicy);
        ex.Message.ShouldContain(reason);
        _world.Location.Policy.IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void SetPolicy_FreeLimitLaterThanTheCutoff_OrOutOfRange_ThrowsInvalidBookingPolicy()
    {
        Should.Throw<BusinessException>(() => _world.ClassType.SetPolicy(new BookingPolicyOverrides { FreeCancellationMinutes = 30, CancellationCutoffMinutes = 60 }))
            .Code.ShouldBe(BookingsErrorCodes.InvalidBookingPolicy);
        Should.Throw<BusinessException>(() => _world.ClassType.SetPolicy(new BookingPolicyOverrides { WaitlistMaxSize = -1 }))
            .Code.ShouldBe(BookingsErrorCodes.InvalidBookingPolicy);
    }

    private static async Task ExpectAsync(Func<Task<Booking>> book, string? expectedCode)
    {
        if (expectedCode is null)
        {
            (await book()).Status.ShouldBe(BookingStatus.Confirmed);
        }
        else
        {
            (await Should.ThrowAsync<BusinessException>(book)).Code.ShouldBe(expectedCode);
        }
    }
}
