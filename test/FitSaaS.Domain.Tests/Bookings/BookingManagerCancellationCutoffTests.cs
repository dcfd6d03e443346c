using FitSaaS.Bookings;
using FitSaaS.Domain.Tests.Bookings.Fakes;
using FitSaaS.Framework.Exceptions;

namespace FitSaaS.Domain.Tests.Bookings;

public sealed class BookingManagerCancellationCutoffTests
{
    private readonly BookingsTestWorld _world = new();

    [Fact]
    public async Task CancelAsync_InsideTheCutoff_ThrowsCancellationWindowClosedAndKeepsTheBooking()
    {
        var session = _world.AddSession(capacity: 1, startsAtUtc: BookingsTestWorld.Now.AddMinutes(90));
        var booking = await _world.BookingManager.BookAsync(session.Id, Guid.NewGuid(), BookingsTestWorld.Now);

        var exception = await Should.ThrowAsync<BusinessException>(
            () => _world.BookingManager.CancelAsync(booking, BookingsTestWorld.Now, TimeSpan.FromMinutes(120)));

        exception.Code.ShouldBe(BookingsErrorCodes.CancellationWindowClosed);
        exception.Details["cutoffMinutes"].ShouldBe(120);
        booking.Status.ShouldBe(BookingStatus.Confirmed);
        session.ConfirmedCount.ShouldBe(1);
    }

    [Fact]
    public async Task CancelAsync_BeforeTheCutoff_Cancels()
    {
        var session = _world.AddSession(capacity: 1, startsAtUtc: BookingsTestWorld.Now.AddMinutes(180));
        var booking = await _world.BookingManager.BookAsync(session.Id, Guid.NewGuid(), BookingsTestWorld.Now);

        var changed = await _world.BookingManager.CancelAsync(booking, BookingsTestWorld.Now, TimeSpan.FromMinutes(120));

        changed.ShouldBeTrue();
        booking.Status.ShouldBe(BookingStatus.Cancelled);
        session.ConfirmedCount.ShouldBe(0);
    }

    [Fact]
    public async Task CancelAsync_NoCutoff_CancelsUpToTheStart()
    {
        var session = _world.AddSession(capacity: 1, startsAtUtc: BookingsTestWorld.Now.AddMinutes(1));
        var booking = await _world.BookingManager.BookAsync(session.Id, Guid.NewGuid(), BookingsTestWorld.Now);

        var changed = await _world.BookingManager.CancelAsync(booking, BookingsTestWorld.Now);

        changed.ShouldBeTrue();
        booking.Status.ShouldBe(BookingStatus.Cancelled);
    }
}
