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
}
