using FitSaaS.Bookings;
using FitSaaS.Domain.Tests.Bookings.Fakes;
using FitSaaS.Framework.Exceptions;

namespace FitSaaS.Domain.Tests.Bookings;

/// <summary>Staff cancel a session, change its coach or its capacity (issue 14 §2).</summary>
public sealed class ClassSessionCancellationTests
{
    private static readonly DateTime s_now = BookingsTestWorld.Now;
    private readonly BookingsTestWorld _world = new();

    [Fact]
    public async Task CancelAsync_SessionWithConfirmedAndWaitlisted_CancelsEveryBookingWithoutPromotion_AndPublishesOnce()
    {
        var session = _world.AddSession(capacity: 2);
        var bookings = await _world.BookManyAsync(session, 4);

        await _world.SessionManager.CancelAsync(session.Id, "  Coach ill  ", s_now);
        await _world.SessionManager.CancelAsync(session.Id, "Again", s_now.AddMinutes(1));

        (session.IsCancelled, session.CancellationReason, session.CancelledAtUtc).ShouldBe((true, "Coach ill", s_now));
        (session.ConfirmedCount, session.WaitlistCount).ShouldBe((0, 0));
        bookings.ShouldAllBe(b => b.Status == BookingStatus.Cancelled && b.PromotedAtUtc == null && b.WaitlistPosition == null);
        var eto = _world.Events.Published.OfType<ClassSessionCancelledEto>().ShouldHaveSingleItem();
        eto.ClassSessionId.ShouldBe(session.Id);
        eto.Reason.ShouldBe("Coach ill");
        eto.CancelledBookingIds.Order().ShouldBe(bookings.Select(b => b.Id).Order());
        eto.MemberUserIds.Order().ShouldBe(bookings.Select(b => b.MemberId).Order());
    }

    [Fact]
    public async Task BookAsync_CancelledSession_ThrowsSessionCancelled()
    {
        var session = _world.AddSession(capacity: 2);
        await _world.SessionManager.CancelAsync(session.Id, "Holiday", s_now);

        var ex = await Should.ThrowAsync<BusinessException>(() => _world.BookingManager.BookAsync(session.Id, Guid.NewGuid(), s_now));

        ex.Code.ShouldBe(BookingsErrorCodes.SessionCancelled);
        _world.Bookings.Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task CancelAsync_StartedSession_ThrowsSessionStarted_AndChangesNothing()
    {
        var session = _world.AddSession(capacity: 2, startsAtUtc: s_now.AddMinutes(10));
        var bookings = await _world.BookManyAsync(session, 1);

        var ex = await Should.ThrowAsync<BusinessException>(() => _world.SessionManager.CancelAsync(session.Id, "Late", s_now.AddMinutes(10)));

        ex.Code.ShouldBe(BookingsErrorCodes.SessionStarted);
        session.IsCancelled.ShouldBeFalse();
        bookings.ShouldAllBe(b => b.Status == BookingStatus.Confirmed);
        _world.Events.Published.ShouldBeEmpty();
    }

    [Fact]
    public async Task UpdateAndChangeCoach_CancelledSession_ThrowSessionCancelled()
    {
        var session = _world.AddSession(capacity: 2);
        await _world.SessionManager.CancelAsync(session.Id, "Holiday", s_now);

        (await Should.ThrowAsync<BusinessException>(() => _world.SessionManager.UpdateAsync(
            session.Id, session.LocationId, session.StartsAtUtc, 60, 5, null, s_now))).Code.ShouldBe(BookingsErrorCodes.SessionCancelled);
        (await Should.ThrowAsync<BusinessException>(() => _world.SessionManager.ChangeCoachAsync(session.Id, Guid.NewGuid(), s_now)))
            .Code.ShouldBe(BookingsErrorCodes.SessionCancelled);
        session.Capacity.ShouldBe(2);
        session.CoachId.ShouldBeNull();
    }

    [Fact]
    public async Task ChangeCapacityAsync_Larger_PromotesFromTheWaitlist_Smaller_BelowConfirmed_IsRefusedUnchanged()
    {
        var session = _world.AddSession(capacity: 2);
        var bookings = await _world.BookManyAsync(session, 4);

        await _world.SessionManager.ChangeCapacityAsync(session.Id, 3, s_now);
        var ex = await Should.ThrowAsync<BusinessException>(() => _world.SessionManager.ChangeCapacityAsync(session.Id, 2, s_now));

        ex.Code.ShouldBe(BookingsErrorCodes.CapacityBelowConfirmed);
        (session.Capacity, session.ConfirmedCount, session.WaitlistCount).ShouldBe((3, 3, 1));
        bookings[2].Status.ShouldBe(BookingStatus.Confirmed);
        bookings[3].WaitlistPosition.ShouldBe(1);
    }
}
