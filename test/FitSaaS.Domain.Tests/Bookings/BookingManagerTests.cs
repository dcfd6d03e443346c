using FitSaaS.Bookings;
using FitSaaS.Domain.Tests.Bookings.Fakes;
using FitSaaS.Framework.Exceptions;

namespace FitSaaS.Domain.Tests.Bookings;

public sealed class BookingManagerTests
{
    private readonly BookingsTestWorld _world = new();

    [Fact]
    public async Task BookAsync_FreeSeat_ConfirmsAndTakesTheSeatUnderTheLock()
    {
        var session = _world.AddSession(capacity: 2);
        var memberId = Guid.NewGuid();

        var booking = await _world.BookingManager.BookAsync(session.Id, memberId, BookingsTestWorld.Now);

        booking.Status.ShouldBe(BookingStatus.Confirmed);
        booking.MemberId.ShouldBe(memberId);
        session.ConfirmedCount.ShouldBe(1);
        _world.Sessions.LockCount.ShouldBe(1);
        _world.Bookings.Items.ShouldContain(booking);
    }

    [Fact]
    public async Task BookAsync_SessionFull_WaitlistsFirstInFirstOut()
    {
        var session = _world.AddSession(capacity: 2);

        var bookings = await _world.BookManyAsync(session, 5);

        bookings.Select(b => b.Status).ShouldBe(
            [BookingStatus.Confirmed, BookingStatus.Confirmed, BookingStatus.Waitlisted, BookingStatus.Waitlisted, BookingStatus.Waitlisted]);
        bookings.Select(b => b.WaitlistPosition).ShouldBe([null, null, 1, 2, 3]);
        session.ConfirmedCount.ShouldBe(2);
        session.WaitlistCount.ShouldBe(3);
    }

    [Fact]
    public async Task BookAsync_SameMemberTwice_ThrowsAlreadyBooked()
    {
        var session = _world.AddSession(capacity: 5);
        var memberId = Guid.NewGuid();
        await _world.BookingManager.BookAsync(session.Id, memberId, BookingsTestWorld.Now);

        var exception = await Should.ThrowAsync<BusinessException>(() => _world.BookingManager.BookAsync(session.Id, memberId, BookingsTestWorld.Now));

        exception.Code.ShouldBe(BookingsErrorCodes.AlreadyBooked);
        session.ConfirmedCount.ShouldBe(1);
        _world.Bookings.Items.Count.ShouldBe(1);
    }

    [Fact]
    public async Task BookAsync_SameMemberWhileWaitlisted_ThrowsAlreadyBooked()
    {
        var session = _world.AddSession(capacity: 1);
        await _world.BookManyAsync(session, 1);
        var memberId = Guid.NewGuid();
        await _world.BookingManager.BookAsync(session.Id, memberId, BookingsTestWorld.Now);

        var exception = await Should.ThrowAsync<BusinessException>(() => _world.BookingManager.BookAsync(session.Id, memberId, BookingsTestWorld.Now));

        exception.Code.ShouldBe(BookingsErrorCodes.AlreadyBooked);
        session.WaitlistCount.ShouldBe(1);
    }

    [Fact]
    public async Task BookAsync_AfterCancelling_BooksAgain()
    {
        var session = _world.AddSession(capacity: 1);
        var memberId = Guid.NewGuid();
        var first = await _world.BookingManager.BookAsync(session.Id, memberId, BookingsTestWorld.Now);
        await _world.BookingManager.CancelAsync(first, BookingsTestWorld.Now);

        var second = await _world.BookingManager.BookAsync(session.Id, memberId, BookingsTestWorld.Now.AddMinutes(1));

        second.Id.ShouldNotBe(first.Id);
        second.Status.ShouldBe(BookingStatus.Confirmed);
        first.Status.ShouldBe(BookingStatus.Cancelled);
        session.ConfirmedCount.ShouldBe(1);
    }

    [Fact]
    public async Task BookAsync_SessionStarted_ThrowsSessionStartedAndBooksNothing()
    {
        var session = _world.AddSession(capacity: 5, startsAtUtc: BookingsTestWorld.Now.AddMinutes(-1));

        var exception = await Should.ThrowAsync<BusinessException>(
            () => _world.BookingManager.BookAsync(session.Id, Guid.NewGuid(), BookingsTestWorld.Now));

        exception.Code.ShouldBe(BookingsErrorCodes.SessionStarted);
        session.ConfirmedCount.ShouldBe(0);
        _world.Bookings.Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task BookAsync_UnknownSession_ThrowsEntityNotFound()
    {
        var act = () => _world.BookingManager.BookAsync(Guid.NewGuid(), Guid.NewGuid(), BookingsTestWorld.Now);

        await Should.ThrowAsync<EntityNotFoundException>(act);
    }

    [Fact]
    public async Task CancelAsync_Confirmed_PromotesTheFirstWaitlistedAndMovesTheOthersUp()
    {
        var session = _world.AddSession(capacity: 2);
        var bookings = await _world.BookManyAsync(session, 5);
        var cancelledAt = BookingsTestWorld.Now.AddHours(1);

        var changed = await _world.BookingManager.CancelAsync(bookings[0], cancelledAt);

        changed.ShouldBeTrue();
        bookings[0].Status.ShouldBe(BookingStatus.Cancelled);
        bookings[2].Status.ShouldBe(BookingStatus.Confirmed);
        bookings[2].PromotedAtUtc.ShouldBe(cancelledAt);
        bookings[2].GetLocalEvents().OfType<BookingStatusChangedEvent>().ShouldContain(e => e.PreviousStatus == BookingStatus.Waitlisted && e.Status == BookingStatus.Confirmed);
        bookings[3].WaitlistPosition.ShouldBe(1);
        bookings[4].WaitlistPosition.ShouldBe(2);
        session.ConfirmedCount.ShouldBe(2);
        session.WaitlistCount.ShouldBe(2);
    }

    [Fact]
    public async Task CancelAsync_ConfirmedWithEmptyWaitlist_FreesTheSeat()
    {
        var session = _world.AddSession(capacity: 2);
        var bookings = await _world.BookManyAsync(session, 2);

        await _world.BookingManager.CancelAsync(bookings[1], BookingsTestWorld.Now);

        session.ConfirmedCount.ShouldBe(1);
        session.AvailableSeats.ShouldBe(1);
        session.WaitlistCount.ShouldBe(0);
    }

    [Fact]
    public async Task CancelAsync_Waitlisted_MovesOnlyThoseBehindItUp()
    {
        var session = _world.AddSession(capacity: 1);
        var bookings = await _world.BookManyAsync(session, 5);

        await _world.BookingManager.CancelAsync(bookings[2], BookingsTestWorld.Now);

        bookings[0].Status.ShouldBe(BookingStatus.Confirmed);
        bookings[1].WaitlistPosition.ShouldBe(1);
        bookings[2].Status.ShouldBe(BookingStatus.Cancelled);
        bookings[3].WaitlistPosition.ShouldBe(2);
        bookings[4].WaitlistPosition.ShouldBe(3);
        session.ConfirmedCount.ShouldBe(1);
        session.WaitlistCount.ShouldBe(3);
    }

    [Fact]
    public async Task CancelAsync_Twice_SecondCallIsANoOp()
    {
        var session = _world.AddSession(capacity: 1);
        var bookings = await _world.BookManyAsync(session, 3);
        await _world.BookingManager.CancelAsync(bookings[0], BookingsTestWorld.Now);

        var changed = await _world.BookingManager.CancelAsync(bookings[0], BookingsTestWorld.Now.AddMinutes(1));

        changed.ShouldBeFalse();
        session.ConfirmedCount.ShouldBe(1);
        session.WaitlistCount.ShouldBe(1);
        bookings[1].Status.ShouldBe(BookingStatus.Confirmed);
        bookings[2].WaitlistPosition.ShouldBe(1);
    }

    [Fact]
    public async Task CancelAsync_SessionStarted_ThrowsSessionStartedAndKeepsTheBooking()
    {
        var session = _world.AddSession(capacity: 1, startsAtUtc: BookingsTestWorld.Now.AddMinutes(30));
        var booking = await _world.BookingManager.BookAsync(session.Id, Guid.NewGuid(), BookingsTestWorld.Now);

        var exception = await Should.ThrowAsync<BusinessException>(
            () => _world.BookingManager.CancelAsync(booking, BookingsTestWorld.Now.AddMinutes(31)));

        exception.Code.ShouldBe(BookingsErrorCodes.SessionStarted);
        booking.Status.ShouldBe(BookingStatus.Confirmed);
        session.ConfirmedCount.ShouldBe(1);
    }

    [Fact]
    public async Task CancelAsync_FiveConfirmed_PromotesFiveInOrderAndKeepsPositionsContiguous()
    {
        var session = _world.AddSession(capacity: 10);
        var bookings = await _world.BookManyAsync(session, 30);

        foreach (var booking in bookings.Take(5))
        {
            await _world.BookingManager.CancelAsync(booking, BookingsTestWorld.Now.AddHours(1));
        }

        bookings.Skip(10).Take(5).ShouldAllBe(b => b.Status == BookingStatus.Confirmed && b.PromotedAtUtc != null);
        bookings.Skip(15).Select(b => b.WaitlistPosition).ShouldBe(Enumerable.Range(1, 15).Select(i => (int?)i));
        session.ConfirmedCount.ShouldBe(10);
        session.WaitlistCount.ShouldBe(15);
    }
}
