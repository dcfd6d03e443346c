using System.Globalization;
using FitSaaS.Bookings;
using FitSaaS.Domain.Tests.Bookings.Fakes;
using FitSaaS.Framework.Exceptions;

namespace FitSaaS.Domain.Tests.Bookings;

/// <summary>
/// The edges of the member's limits and of the strike rule, one second either side: the local midnight that ends a day and
/// a week in the location's IANA zone (also where the clocks change at midnight), the start of the strike window and the
/// end of the restriction. Instants are written in UTC with their local wall time alongside, so the expectations do not
/// come from the conversion under test.
/// </summary>
public sealed class BookingLimitAndStrikeEdgeTests
{
    private readonly BookingsTestWorld _world = new();

    [Theory]
    // New York, EST (−5): Monday 2030-01-14.
    [InlineData("America/New_York", "2030-01-14T17:00:00Z", "2030-01-15T04:59:59Z", "2030-01-14")] // 14th 23:59:59: same day
    [InlineData("America/New_York", "2030-01-14T17:00:00Z", "2030-01-15T05:00:00Z", null)] // 15th 00:00:00: next day
    [InlineData("America/New_York", "2030-01-14T17:00:00Z", "2030-01-14T05:00:00Z", "2030-01-14")] // 14th 00:00:00: same day
    [InlineData("America/New_York", "2030-01-14T17:00:00Z", "2030-01-14T04:59:59Z", null)] // 13th 23:59:59: day before
    [InlineData("America/New_York", "2030-01-15T05:00:00Z", "2030-01-15T05:00:01Z", "2030-01-15")] // 15th 00:00:00 and 00:00:01
    // Santiago: on 2030-09-08 the clocks jump from 24:00 (−4) to 01:00 (−3); Sunday starts at 01:00 local, 04:00 UTC.
    [InlineData("America/Santiago", "2030-09-07T16:00:00Z", "2030-09-08T03:59:59Z", "2030-09-07")] // Sat 23:59:59 (−4)
    [InlineData("America/Santiago", "2030-09-07T16:00:00Z", "2030-09-08T04:00:00Z", null)] // Sun 01:00:00 (−3), the day's first instant
    [InlineData("America/Santiago", "2030-09-08T15:00:00Z", "2030-09-08T04:00:00Z", "2030-09-08")]
    [InlineData("America/Santiago", "2030-09-08T15:00:00Z", "2030-09-08T03:59:59Z", null)]
    // Havana: on 2030-11-03 the clocks go back from 01:00 (−4) to 00:00 (−5); Sunday starts at the first 00:00, 04:00 UTC.
    [InlineData("America/Havana", "2030-11-03T17:00:00Z", "2030-11-03T04:00:00Z", "2030-11-03")] // Sun 00:00:00 (−4)
    [InlineData("America/Havana", "2030-11-03T17:00:00Z", "2030-11-03T03:59:59Z", null)] // Sat 23:59:59 (−4)
    public async Task BookAsync_OnePerDay_TheLocalMidnightInTheLocationsZone(string zone, string bookedUtc, string candidateUtc, string? refusedForDay)
    {
        _world.Settings.Set(BookingsSettingNames.MaxBookingsPerDay, 1);
        _world.Location.ChangeTimeZone(zone);

        await ExpectAsync(Utc(bookedUtc), Utc(candidateUtc), "PerDay", refusedForDay);
    }

    [Theory]
    // New York, EST: the week of Monday 2030-01-14; the member booked its Wednesday noon.
    [InlineData("2030-01-16T17:00:00Z", "2030-01-14T05:00:00Z", "2030-01-14")] // Mon 14th 00:00:00: the same week
    [InlineData("2030-01-16T17:00:00Z", "2030-01-14T04:59:59Z", null)] // Sun 13th 23:59:59: the week before
    [InlineData("2030-01-16T17:00:00Z", "2030-01-21T04:59:59Z", "2030-01-14")] // Sun 20th 23:59:59: the same week
    [InlineData("2030-01-16T17:00:00Z", "2030-01-21T05:00:00Z", null)] // Mon 21st 00:00:00: the next week
    // The week of Monday 2030-03-11, the day after the spring-forward (EDT, −4): it starts at 04:00 UTC, not 05:00.
    [InlineData("2030-03-13T16:00:00Z", "2030-03-11T04:00:00Z", "2030-03-11")] // Mon 11th 00:00:00 (−4)
    [InlineData("2030-03-13T16:00:00Z", "2030-03-11T03:59:59Z", null)] // Sun 10th 23:59:59 (−4)
    public async Task BookAsync_OnePerWeek_FromMondaysLocalMidnight(string bookedUtc, string candidateUtc, string? refusedForWeekOf)
    {
        _world.Settings.Set(BookingsSettingNames.MaxBookingsPerWeek, 1);

        await ExpectAsync(Utc(bookedUtc), Utc(candidateUtc), "PerWeek", refusedForWeekOf);
    }

    [Theory]
    [InlineData(-1, 1, false)] // started a second before the window: not counted
    [InlineData(0, 1, false)] // started exactly the window earlier: the window is half-open, not counted
    [InlineData(1, 2, true)] // a second inside: the second strike
    public async Task Strikes_AnEarlierNoShowAtTheStartOfTheWindow(int secondsFromWindowStart, int strikes, bool restricted)
    {
        SetStrikeRule(limit: 2, windowDays: 30, restrictionDays: 7);
        var member = Guid.NewGuid();
        var latest = BookingsTestWorld.Now.AddDays(-2);
        await AddNoShowAsync(member, latest.AddDays(-30).AddSeconds(secondsFromWindowStart));
        await AddNoShowAsync(member, latest);

        var (counted, until) = await _world.BookingManager.GetRestrictionAsync(member, BookingsTestWorld.Now);

        (counted, until).ShouldBe((strikes, restricted ? latest.AddDays(7) : (DateTime?)null));
        await ExpectBookingAsync(member, BookingsTestWorld.Now, restricted);
    }

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, false)] // restricted until that instant, exclusive
    [InlineData(1, false)]
    public async Task Strikes_TheEndOfTheRestriction(int secondsFromEnd, bool restricted)
    {
        SetStrikeRule(limit: 2, windowDays: 30, restrictionDays: 7);
        var member = Guid.NewGuid();
        var latest = BookingsTestWorld.Now.AddDays(-5);
        await AddNoShowAsync(member, latest.AddDays(-1));
        await AddNoShowAsync(member, latest);
        var now = latest.AddDays(7).AddSeconds(secondsFromEnd);

        (await _world.BookingManager.GetRestrictionAsync(member, now)).RestrictedUntilUtc.ShouldBe(restricted ? latest.AddDays(7) : (DateTime?)null);
        await ExpectBookingAsync(member, now, restricted);
    }

    [Fact]
    public async Task Strikes_ALaterSingleNoShow_DoesNotLiftARestrictionInForce()
    {
        // Two no-shows a day apart restrict for 30 days; a third, outside their 3-day window, counts alone in its own.
        SetStrikeRule(limit: 2, windowDays: 3, restrictionDays: 30);
        var member = Guid.NewGuid();
        var first = BookingsTestWorld.Now.AddDays(-12);
        await AddNoShowAsync(member, first);
        await AddNoShowAsync(member, first.AddDays(1));
        await AddNoShowAsync(member, first.AddDays(10));

        (await _world.BookingManager.GetRestrictionAsync(member, BookingsTestWorld.Now)).ShouldBe((2, (DateTime?)first.AddDays(31)));
        await ExpectBookingAsync(member, BookingsTestWorld.Now, restricted: true);
    }

    // The member books bookedAt's session, then asks for candidate's: refused for the period that starts on periodStart, or confirmed.
    private async Task ExpectAsync(DateTime bookedAt, DateTime candidateAt, string limit, string? periodStart)
    {
        var member = Guid.NewGuid();
        var booked = _world.AddSession(capacity: 5, startsAtUtc: bookedAt);
        var candidate = _world.AddSession(capacity: 5, startsAtUtc: candidateAt);
        (await _world.BookingManager.BookAsync(booked.Id, member, BookingsTestWorld.Now)).Status.ShouldBe(BookingStatus.Confirmed);

        if (periodStart is null)
        {
            (await _world.BookingManager.BookAsync(candidate.Id, member, BookingsTestWorld.Now)).Status.ShouldBe(BookingStatus.Confirmed);
            return;
        }

        var ex = await Should.ThrowAsync<BusinessException>(() => _world.BookingManager.BookAsync(candidate.Id, member, BookingsTestWorld.Now));
        ex.Code.ShouldBe(BookingsErrorCodes.BookingLimitReached);
        ex.Details["limit"].ShouldBe(limit);
        ex.Details["periodStart"].ShouldBe(periodStart);
        candidate.ConfirmedCount.ShouldBe(0);
    }

    private async Task ExpectBookingAsync(Guid member, DateTime now, bool restricted)
    {
        var session = _world.AddSession(capacity: 5, startsAtUtc: now.AddDays(1));
        if (restricted)
        {
            (await Should.ThrowAsync<BusinessException>(() => _world.BookingManager.BookAsync(session.Id, member, now))).Code.ShouldBe(BookingsErrorCodes.MemberRestricted);
        }
        else
        {
            (await _world.BookingManager.BookAsync(session.Id, member, now)).Status.ShouldBe(BookingStatus.Confirmed);
        }
    }

    // A session starting at startsAtUtc that the member booked (as staff with a reason, so no restriction stands in the way)
    // and missed: the sweep marked it a no-show.
    private async Task AddNoShowAsync(Guid member, DateTime startsAtUtc)
    {
        var session = _world.AddSession(capacity: 5, startsAtUtc: startsAtUtc);
        await _world.BookingManager.BookAsync(session.Id, member, startsAtUtc.AddDays(-1), new BookingRequest(ByStaff: true, Reason: "Booked at the desk"));
        (await _world.BookingManager.MarkNoShowsAsync(session.Id, session.EndsAtUtc.AddHours(2), TimeSpan.FromHours(2))).ShouldBe(1);
    }

    private void SetStrikeRule(int limit, int windowDays, int restrictionDays)
    {
        _world.Settings.Set(BookingsSettingNames.StrikeLimit, limit);
        _world.Settings.Set(BookingsSettingNames.StrikeWindowDays, windowDays);
        _world.Settings.Set(BookingsSettingNames.StrikeRestrictionDays, restrictionDays);
    }

    private static DateTime Utc(string value) =>
        DateTime.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
}
