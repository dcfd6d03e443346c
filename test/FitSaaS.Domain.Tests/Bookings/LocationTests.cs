using FitSaaS.Bookings;
using FitSaaS.Framework.Exceptions;

namespace FitSaaS.Domain.Tests.Bookings;

public sealed class LocationTests
{
    private static readonly TimeZoneInfo s_newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Fact]
    public void Constructor_IanaZone_StoresTrimmedNameAndZone()
    {
        var location = new Location(Guid.NewGuid(), Guid.NewGuid(), "  Downtown ", "Europe/London");

        location.Name.ShouldBe("Downtown");
        location.TimeZoneId.ShouldBe("Europe/London");
        location.GetTimeZone().HasIanaId.ShouldBeTrue();
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("Eastern Standard Time")]
    public void Constructor_UnknownOrNonIanaZone_ThrowsInvalidTimeZone(string timeZoneId)
    {
        var exception = Should.Throw<BusinessException>(() => new Location(Guid.NewGuid(), null, "Downtown", timeZoneId));

        exception.Code.ShouldBe(BookingsErrorCodes.InvalidTimeZone);
        exception.Details["timeZoneId"].ShouldBe(timeZoneId);
    }

    [Fact]
    public void ChangeTimeZone_Invalid_KeepsThePreviousZone()
    {
        var location = new Location(Guid.NewGuid(), null, "Downtown", "America/New_York");

        Should.Throw<BusinessException>(() => location.ChangeTimeZone("Nowhere/Nothing"));

        location.TimeZoneId.ShouldBe("America/New_York");
    }

    [Fact]
    public void ToUtc_SameWallClockAcrossTheMarchTransition_ShiftsTheUtcInstantByOneHour()
    {
        var location = new Location(Guid.NewGuid(), null, "Downtown", "America/New_York");

        var beforeDst = location.ToUtc(new DateOnly(2025, 3, 7), new TimeOnly(6, 0));
        var afterDst = location.ToUtc(new DateOnly(2025, 3, 10), new TimeOnly(6, 0));

        beforeDst.ShouldBe(new DateTime(2025, 3, 7, 11, 0, 0, DateTimeKind.Utc));
        afterDst.ShouldBe(new DateTime(2025, 3, 10, 10, 0, 0, DateTimeKind.Utc));
        location.ToLocal(afterDst).ShouldBe(new DateTime(2025, 3, 10, 6, 0, 0));
    }

    [Fact]
    public void ToUtc_TimeInTheSpringForwardGap_ShiftsForwardByTheGap()
    {
        var utc = Location.ToUtc(new DateTime(2025, 3, 9, 2, 30, 0), "America/New_York");

        utc.ShouldBe(new DateTime(2025, 3, 9, 7, 30, 0, DateTimeKind.Utc));
        TimeZoneInfo.ConvertTimeFromUtc(utc, s_newYork).ShouldBe(new DateTime(2025, 3, 9, 3, 30, 0));
    }

    [Fact]
    public void ToUtc_TimeInTheFallBackOverlap_PicksTheFirstOccurrence()
    {
        var utc = Location.ToUtc(new DateTime(2025, 11, 2, 1, 30, 0), "America/New_York");

        utc.ShouldBe(new DateTime(2025, 11, 2, 5, 30, 0, DateTimeKind.Utc));
        utc.Kind.ShouldBe(DateTimeKind.Utc);
    }
}
