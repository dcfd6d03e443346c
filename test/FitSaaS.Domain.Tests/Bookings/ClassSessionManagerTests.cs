using FitSaaS.Bookings;
using FitSaaS.Domain.Tests.Bookings.Fakes;
using FitSaaS.Framework.Exceptions;

namespace FitSaaS.Domain.Tests.Bookings;

public sealed class ClassSessionManagerTests
{
    private readonly BookingsTestWorld _world = new();

    [Fact]
    public async Task CreateAsync_NoCapacityOrDuration_TakesTheClassTypeDefaults()
    {
        var session = await _world.SessionManager.CreateAsync(
            _world.ClassType.Id, _world.Location.Id, BookingsTestWorld.Now.AddDays(1), durationMinutes: null, capacity: null, coachId: null);

        session.Capacity.ShouldBe(_world.ClassType.DefaultCapacity);
        session.DurationMinutes.ShouldBe(_world.ClassType.DurationMinutes);
        session.ClassTypeId.ShouldBe(_world.ClassType.Id);
        session.LocationId.ShouldBe(_world.Location.Id);
    }

    [Fact]
    public async Task CreateAsync_UnknownClassType_ThrowsClassTypeNotFound()
    {
        var exception = await Should.ThrowAsync<BusinessException>(() => _world.SessionManager.CreateAsync(
            Guid.NewGuid(), _world.Location.Id, BookingsTestWorld.Now, null, null, null));

        exception.Code.ShouldBe(BookingsErrorCodes.ClassTypeNotFound);
    }

    [Fact]
    public async Task CreateAsync_UnknownLocation_ThrowsLocationNotFound()
    {
        var exception = await Should.ThrowAsync<BusinessException>(() => _world.SessionManager.CreateAsync(
            _world.ClassType.Id, Guid.NewGuid(), BookingsTestWorld.Now, null, null, null));

        exception.Code.ShouldBe(BookingsErrorCodes.LocationNotFound);
    }

    [Fact]
    public async Task UpdateAsync_CapacityRaised_PromotesWaitlistedIntoTheNewSeats()
    {
        var session = _world.AddSession(capacity: 2);
        var bookings = await _world.BookManyAsync(session, 6);

        await _world.SessionManager.UpdateAsync(
            session.Id, session.LocationId, session.StartsAtUtc, session.DurationMinutes, capacity: 4, coachId: null, BookingsTestWorld.Now);

        session.Capacity.ShouldBe(4);
        session.ConfirmedCount.ShouldBe(4);
        session.WaitlistCount.ShouldBe(2);
        bookings[2].Status.ShouldBe(BookingStatus.Confirmed);
        bookings[3].Status.ShouldBe(BookingStatus.Confirmed);
        _world.WaitlistPositions(session).ShouldBe([1, 2]);
    }

    [Theory]
    [InlineData(60, 0, false, 5, true)] // a new start
    [InlineData(-1, 0, false, 5, true)] // one second earlier is a new start too
    [InlineData(0, 30, false, 5, true)] // a new end: longer
    [InlineData(0, 0, true, 5, true)] // another location
    [InlineData(0, 0, false, 8, false)] // capacity only
    [InlineData(0, 0, false, 5, false)] // nothing at all (the same PUT again)
    public async Task UpdateAsync_BookedSession_PublishesOneRescheduledEventOnlyWhenItsStartEndOrPlaceChange(
        int startShiftSeconds, int extraMinutes, bool otherLocation, int capacity, bool published)
    {
        var session = _world.AddSession(capacity: 5);
        var bookings = await _world.BookManyAsync(session, 2);
        var location = otherLocation ? AddLocation() : session.LocationId;
        var before = (session.StartsAtUtc, session.LocationId);
        var newStart = session.StartsAtUtc.AddSeconds(startShiftSeconds);

        await _world.SessionManager.UpdateAsync(session.Id, location, newStart, session.DurationMinutes + extraMinutes, capacity, coachId: null, BookingsTestWorld.Now);

        var events = _world.Events.Published.OfType<ClassSessionRescheduledEto>().ToList();
        if (!published)
        {
            events.ShouldBeEmpty();
            return;
        }

        var eto = events.ShouldHaveSingleItem();
        (eto.ClassSessionId, eto.PreviousStartsAtUtc, eto.StartsAtUtc, eto.DurationMinutes).ShouldBe((session.Id, before.StartsAtUtc, newStart, 60 + extraMinutes));
        (eto.PreviousLocationId, eto.LocationId).ShouldBe((before.LocationId, location));
        (eto.ClassScheduleId, eto.ByStaff, eto.OccurredAtUtc).ShouldBe((Guid.Empty, true, BookingsTestWorld.Now));
        eto.MemberUserIds.Order().ShouldBe(bookings.Select(b => b.MemberId).Order());
        bookings.ShouldAllBe(b => b.Status == BookingStatus.Confirmed);
        (session.ConfirmedCount, session.WaitlistCount).ShouldBe((2, 0));
    }

    [Fact]
    public async Task UpdateAsync_MovedAndMovedBack_TwoRescheduledEvents_AWaitlistOrAHoldIsABookingToo()
    {
        var session = _world.AddSession(capacity: 1);
        var hold = await _world.BookingManager.BookAsync(session.Id, Guid.NewGuid(), BookingsTestWorld.Now, new BookingRequest(Hold: true));
        var waiting = await _world.BookingManager.BookAsync(session.Id, Guid.NewGuid(), BookingsTestWorld.Now);
        var start = session.StartsAtUtc;

        await _world.SessionManager.UpdateAsync(session.Id, session.LocationId, start.AddHours(1), 60, 1, null, BookingsTestWorld.Now);
        await _world.SessionManager.UpdateAsync(session.Id, session.LocationId, start, 60, 1, null, BookingsTestWorld.Now.AddMinutes(1));

        var events = _world.Events.Published.OfType<ClassSessionRescheduledEto>().ToList();
        events.Select(e => (e.PreviousStartsAtUtc, e.StartsAtUtc)).ShouldBe([(start, start.AddHours(1)), (start.AddHours(1), start)]);
        events.ShouldAllBe(e => e.MemberUserIds.Count == 2 && e.MemberUserIds.Contains(hold.MemberId) && e.MemberUserIds.Contains(waiting.MemberId));
        (hold.Status, waiting.Status).ShouldBe((BookingStatus.Pending, BookingStatus.Waitlisted));
    }

    [Theory]
    [InlineData(-3, -4, false)] // a class that took place, recorded at another past instant: history, nobody is told
    [InlineData(2, -4, true)] // an upcoming class moved into the past
    [InlineData(-3, 2, true)] // a past class moved ahead
    public async Task UpdateAsync_PastSessions_PublishOnlyWhenTheStartBeforeOrAfterIsAhead(int daysBefore, int daysAfter, bool published)
    {
        var session = _world.AddSession(capacity: 5, startsAtUtc: BookingsTestWorld.Now.AddDays(1));
        await _world.BookManyAsync(session, 1);
        session.Reschedule(BookingsTestWorld.Now.AddDays(daysBefore), 60);

        await _world.SessionManager.UpdateAsync(session.Id, session.LocationId, BookingsTestWorld.Now.AddDays(daysAfter), 60, 5, null, BookingsTestWorld.Now);

        _world.Events.Published.OfType<ClassSessionRescheduledEto>().Count().ShouldBe(published ? 1 : 0);
    }

    [Fact]
    public async Task UpdateAsync_NobodyBooked_OrOnlyCancelledBookings_PublishesNothing()
    {
        var empty = _world.AddSession(capacity: 5);
        var cancelled = _world.AddSession(capacity: 5);
        var booking = (await _world.BookManyAsync(cancelled, 1))[0];
        await _world.BookingManager.CancelAsync(booking, BookingsTestWorld.Now);

        foreach (var session in new[] { empty, cancelled })
        {
            await _world.SessionManager.UpdateAsync(session.Id, session.LocationId, session.StartsAtUtc.AddHours(3), 60, 5, null, BookingsTestWorld.Now);
        }

        _world.Events.Published.OfType<ClassSessionRescheduledEto>().ShouldBeEmpty();
    }

    [Fact]
    public async Task UpdateAsync_CapacityBelowConfirmed_ThrowsCapacityBelowConfirmed()
    {
        var session = _world.AddSession(capacity: 3);
        await _world.BookManyAsync(session, 3);

        var exception = await Should.ThrowAsync<BusinessException>(() => _world.SessionManager.UpdateAsync(
            session.Id, session.LocationId, session.StartsAtUtc, session.DurationMinutes, capacity: 2, coachId: null, BookingsTestWorld.Now));

        exception.Code.ShouldBe(BookingsErrorCodes.CapacityBelowConfirmed);
        session.Capacity.ShouldBe(3);
    }

    [Fact]
    public async Task DeleteAsync_WithActiveBookings_ThrowsSessionHasBookings()
    {
        var session = _world.AddSession(capacity: 3);
        await _world.BookManyAsync(session, 1);

        var exception = await Should.ThrowAsync<BusinessException>(() => _world.SessionManager.DeleteAsync(session.Id));

        exception.Code.ShouldBe(BookingsErrorCodes.SessionHasBookings);
        session.IsDeleted.ShouldBeFalse();
    }

    [Fact]
    public async Task DeleteAsync_AllBookingsCancelled_SoftDeletesTheSession()
    {
        var session = _world.AddSession(capacity: 3);
        var bookings = await _world.BookManyAsync(session, 1);
        await _world.BookingManager.CancelAsync(bookings[0], BookingsTestWorld.Now);

        await _world.SessionManager.DeleteAsync(session.Id);

        session.IsDeleted.ShouldBeTrue();
    }

    [Fact]
    public async Task LocationManagerDeleteAsync_LocationInUse_ThrowsLocationInUse()
    {
        _world.AddSession(capacity: 3);
        var manager = _world.LocationManager;

        var exception = await Should.ThrowAsync<BusinessException>(() => manager.DeleteAsync(_world.Location));

        exception.Code.ShouldBe(BookingsErrorCodes.LocationInUse);
        _world.Location.IsDeleted.ShouldBeFalse();
    }

    [Fact]
    public async Task ClassTypeManagerDeleteAsync_Unused_SoftDeletes()
    {
        var manager = new ClassTypeManager(_world.ClassTypes, _world.Sessions, _world.Schedules, []);

        await manager.DeleteAsync(_world.ClassType);

        _world.ClassType.IsDeleted.ShouldBeTrue();
    }

    private Guid AddLocation()
    {
        var location = new Location(_world.Guids.Create(), _world.TenantId, "Uptown", "America/New_York");
        _world.Locations.Items.Add(location);
        return location.Id;
    }
}
