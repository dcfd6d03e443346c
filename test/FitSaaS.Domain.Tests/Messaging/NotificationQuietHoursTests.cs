using FitSaaS.Messaging;
using NodaTime;

namespace FitSaaS.Domain.Tests.Messaging;

public sealed class NotificationQuietHoursTests
{
    private static readonly DateTimeZone s_madrid = DateTimeZoneProviders.Tzdb["Europe/Madrid"];
    private static readonly TimeOnly s_22 = new(22, 0);
    private static readonly TimeOnly s_07 = new(7, 0);

    [Fact]
    public void OverMidnight_BeforeSpringForward_EndsAtSevenInSummerTime()
    {
        // Saturday 28 March 2026, 23:00 in Madrid (UTC+1); clocks go forward at 02:00 on the 29th, so 07:00 is UTC+2.
        var now = new DateTime(2026, 3, 28, 22, 0, 0, DateTimeKind.Utc);

        NotificationQuietHours.DeferUntil(now, s_22, s_07, s_madrid).ShouldBe(new DateTime(2026, 3, 29, 5, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void OverMidnight_BeforeFallBack_EndsAtSevenInWinterTime()
    {
        // Saturday 24 October 2026, 23:30 in Madrid (UTC+2); clocks go back at 03:00 on the 25th, so 07:00 is UTC+1.
        var now = new DateTime(2026, 10, 24, 21, 30, 0, DateTimeKind.Utc);

        NotificationQuietHours.DeferUntil(now, s_22, s_07, s_madrid).ShouldBe(new DateTime(2026, 10, 25, 6, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void AfterMidnight_InsideTheWindow_EndsTheSameLocalDay()
    {
        var now = new DateTime(2026, 1, 10, 2, 0, 0, DateTimeKind.Utc); // 03:00 in Madrid (UTC+1)

        NotificationQuietHours.DeferUntil(now, s_22, s_07, s_madrid).ShouldBe(new DateTime(2026, 1, 10, 6, 0, 0, DateTimeKind.Utc));
    }

    [Theory]
    [InlineData(12)] // 13:00 local
    [InlineData(6)] // 07:00 local: the end is not inside
    [InlineData(20)] // 21:00 local
    public void OutsideTheWindow_SendsAtOnce(int utcHour)
    {
        var now = new DateTime(2026, 1, 10, utcHour, 0, 0, DateTimeKind.Utc);

        NotificationQuietHours.DeferUntil(now, s_22, s_07, s_madrid).ShouldBeNull();
    }

    [Fact]
    public void SameDayWindow_AndNoWindow()
    {
        var now = new DateTime(2026, 1, 10, 12, 30, 0, DateTimeKind.Utc); // 13:30 in Madrid

        NotificationQuietHours.DeferUntil(now, new TimeOnly(13, 0), new TimeOnly(15, 0), s_madrid).ShouldBe(new DateTime(2026, 1, 10, 14, 0, 0, DateTimeKind.Utc));
        NotificationQuietHours.DeferUntil(now, null, null, s_madrid).ShouldBeNull();
        NotificationQuietHours.DeferUntil(now, new TimeOnly(13, 0), new TimeOnly(13, 0), s_madrid).ShouldBeNull();
    }

    [Fact]
    public void EndInsideTheSpringGap_IsShiftedForward()
    {
        // Quiet until 02:30 on 29 March 2026 in Madrid: 02:30 does not exist (02:00 → 03:00), so it ends at 03:30 CEST = 01:30 UTC.
        var now = new DateTime(2026, 3, 28, 23, 30, 0, DateTimeKind.Utc); // 00:30 local

        NotificationQuietHours.DeferUntil(now, new TimeOnly(0, 0), new TimeOnly(2, 30), s_madrid).ShouldBe(new DateTime(2026, 3, 29, 1, 30, 0, DateTimeKind.Utc));
    }
}
