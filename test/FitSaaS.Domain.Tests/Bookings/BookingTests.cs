using FitSaaS.Bookings;

namespace FitSaaS.Domain.Tests.Bookings;

public sealed class BookingTests
{
    private static readonly DateTime s_now = new(2030, 1, 10, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void CreateConfirmed_NewBooking_IsConfirmedWithoutPositionAndRaisesConfirmedEvent()
    {
        var booking = Booking.CreateConfirmed(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), s_now.AddDays(1), Guid.NewGuid(), s_now);

        booking.Status.ShouldBe(BookingStatus.Confirmed);
        booking.WaitlistPosition.ShouldBeNull();
        booking.BookedAtUtc.ShouldBe(s_now);
        booking.IsActive.ShouldBeTrue();
        booking.GetLocalEvents().ShouldHaveSingleItem().ShouldBeOfType<BookingStatusChangedEvent>().ShouldBe(new BookingStatusChangedEvent(booking.Id, booking.ClassSessionId, booking.MemberId, null, BookingStatus.Confirmed, booking.BookedAtUtc, false, null));
    }

    [Fact]
    public void CreateWaitlisted_NewBooking_HasPositionAndRaisesWaitlistedEvent()
    {
        var booking = Booking.CreateWaitlisted(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), s_now.AddDays(1), Guid.NewGuid(), position: 3, s_now);

        booking.Status.ShouldBe(BookingStatus.Waitlisted);
        booking.WaitlistPosition.ShouldBe(3);
        booking.GetLocalEvents().ShouldHaveSingleItem().ShouldBeOfType<BookingStatusChangedEvent>().Status.ShouldBe(BookingStatus.Waitlisted);
    }

    [Fact]
    public void CreateWaitlisted_PositionZero_ThrowsArgumentOutOfRange()
    {
        var act = () => Booking.CreateWaitlisted(Guid.NewGuid(), null, Guid.NewGuid(), s_now.AddDays(1), Guid.NewGuid(), position: 0, s_now);

        Should.Throw<ArgumentOutOfRangeException>(act);
    }

    [Fact]
    public void Cancel_Waitlisted_MarksCancelledClearsPositionAndRaisesEvent()
    {
        var booking = Booking.CreateWaitlisted(Guid.NewGuid(), null, Guid.NewGuid(), s_now.AddDays(1), Guid.NewGuid(), position: 2, s_now);
        booking.ClearLocalEvents();

        var changed = booking.Cancel(s_now.AddMinutes(5));

        changed.ShouldBeTrue();
        booking.Status.ShouldBe(BookingStatus.Cancelled);
        booking.WaitlistPosition.ShouldBeNull();
        booking.CancelledAtUtc.ShouldBe(s_now.AddMinutes(5));
        booking.IsActive.ShouldBeFalse();
        booking.GetLocalEvents().ShouldHaveSingleItem().ShouldBeOfType<BookingStatusChangedEvent>().PreviousStatus.ShouldBe(BookingStatus.Waitlisted);
    }

    [Fact]
    public void Cancel_Twice_SecondCallChangesNothingAndRaisesNoEvent()
    {
        var booking = Booking.CreateConfirmed(Guid.NewGuid(), null, Guid.NewGuid(), s_now.AddDays(1), Guid.NewGuid(), s_now);
        booking.Cancel(s_now.AddMinutes(1));
        booking.ClearLocalEvents();

        var changed = booking.Cancel(s_now.AddMinutes(2));

        changed.ShouldBeFalse();
        booking.CancelledAtUtc.ShouldBe(s_now.AddMinutes(1));
        booking.GetLocalEvents().ShouldBeEmpty();
    }

    [Fact]
    public void Promote_Waitlisted_ConfirmsClearsPositionAndRaisesPromotedEvent()
    {
        var booking = Booking.CreateWaitlisted(Guid.NewGuid(), null, Guid.NewGuid(), s_now.AddDays(1), Guid.NewGuid(), position: 1, s_now);
        booking.ClearLocalEvents();

        booking.Promote(s_now.AddHours(1));

        booking.Status.ShouldBe(BookingStatus.Confirmed);
        booking.WaitlistPosition.ShouldBeNull();
        booking.PromotedAtUtc.ShouldBe(s_now.AddHours(1));
        booking.GetLocalEvents().ShouldHaveSingleItem().ShouldBeOfType<BookingStatusChangedEvent>().Status.ShouldBe(BookingStatus.Confirmed);
    }

    [Fact]
    public void Promote_Confirmed_ThrowsInvalidOperation()
    {
        var booking = Booking.CreateConfirmed(Guid.NewGuid(), null, Guid.NewGuid(), s_now.AddDays(1), Guid.NewGuid(), s_now);

        Should.Throw<InvalidOperationException>(() => booking.Promote(s_now));

        booking.Status.ShouldBe(BookingStatus.Confirmed);
    }

    [Fact]
    public void MoveToWaitlistPosition_Cancelled_ThrowsInvalidOperation()
    {
        var booking = Booking.CreateWaitlisted(Guid.NewGuid(), null, Guid.NewGuid(), s_now.AddDays(1), Guid.NewGuid(), position: 2, s_now);
        booking.Cancel(s_now);

        Should.Throw<InvalidOperationException>(() => booking.MoveToWaitlistPosition(1));

        booking.WaitlistPosition.ShouldBeNull();
    }
}
