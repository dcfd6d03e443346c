using FitSaaS.Bookings;

namespace FitSaaS.Domain.Tests.Bookings;

/// <summary>The check-in reminder rule of <see cref="Booking.IsReminderDue"/>: confirmed, starting within the lead, not reminded of this start.</summary>
public sealed class BookingReminderTests
{
    private static readonly DateTime s_now = new(2030, 1, 10, 12, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan s_lead = TimeSpan.FromMinutes(120);

    [Theory]
    [InlineData(-1, false)] // started a second ago
    [InlineData(0, false)] // starts now
    [InlineData(1, true)] // starts in a second
    [InlineData(7199, true)]
    [InlineData(7200, true)] // exactly the lead ahead
    [InlineData(7201, false)] // a second beyond the lead
    public void IsReminderDue_AtTheWindowsEdges(int secondsToStart, bool due)
    {
        var booking = Confirmed(s_now.AddSeconds(secondsToStart));

        booking.IsReminderDue(s_now, s_lead).ShouldBe(due);
    }

    [Fact]
    public void IsReminderDue_LeadZeroOrNegative_Never()
    {
        var booking = Confirmed(s_now.AddMinutes(1));

        booking.IsReminderDue(s_now, TimeSpan.Zero).ShouldBeFalse();
        booking.IsReminderDue(s_now, TimeSpan.FromMinutes(-5)).ShouldBeFalse();
    }

    [Fact]
    public void MarkReminded_NotDueAgainForTheSameStart_DueAgainAfterTheSessionMoved()
    {
        var booking = Confirmed(s_now.AddMinutes(90));

        booking.MarkReminded(s_now);

        booking.ReminderSentForStartUtc.ShouldBe(s_now.AddMinutes(90));
        booking.RemindedAtUtc.ShouldBe(s_now);
        booking.IsReminderDue(s_now.AddMinutes(1), s_lead).ShouldBeFalse();

        // The session moved (ClassSessionMovedEvent sets the start of its bookings): a reminder for the new start is due.
        typeof(Booking).GetProperty(nameof(Booking.SessionStartsAtUtc))!.SetValue(booking, s_now.AddMinutes(100));
        booking.IsReminderDue(s_now.AddMinutes(1), s_lead).ShouldBeTrue();
    }

    [Theory]
    [InlineData(BookingStatus.Waitlisted)]
    [InlineData(BookingStatus.Pending)]
    [InlineData(BookingStatus.Cancelled)]
    [InlineData(BookingStatus.CheckedIn)]
    public void IsReminderDue_OnlyConfirmedBookings(BookingStatus status)
    {
        var start = s_now.AddMinutes(30);
        var booking = status switch
        {
            BookingStatus.Waitlisted => Booking.CreateWaitlisted(Guid.NewGuid(), null, Guid.NewGuid(), start, Guid.NewGuid(), 1, s_now),
            BookingStatus.Pending => Booking.CreatePending(Guid.NewGuid(), null, Guid.NewGuid(), start, Guid.NewGuid(), s_now, s_now.AddMinutes(10)),
            _ => Confirmed(start),
        };
        if (status == BookingStatus.Cancelled)
        {
            booking.Cancel(s_now);
        }
        else if (status == BookingStatus.CheckedIn)
        {
            booking.CheckIn(s_now, byStaff: false);
        }

        booking.Status.ShouldBe(status);
        booking.IsReminderDue(s_now, s_lead).ShouldBeFalse();
    }

    private static Booking Confirmed(DateTime sessionStartsAtUtc) =>
        Booking.CreateConfirmed(Guid.NewGuid(), null, Guid.NewGuid(), sessionStartsAtUtc, Guid.NewGuid(), s_now.AddDays(-1));
}
