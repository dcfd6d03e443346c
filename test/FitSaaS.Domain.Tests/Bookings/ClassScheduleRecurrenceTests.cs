using FitSaaS.Bookings;
using FitSaaS.Framework.Exceptions;

namespace FitSaaS.Domain.Tests.Bookings;

/// <summary>
/// The schedule expander (DOMAIN.md §2.8–2.9). etc/scripts/test.sh runs this class a second time with
/// <c>TZ=Pacific/Auckland</c>: nothing here may depend on the process's zone.
/// </summary>
public sealed class ClassScheduleRecurrenceTests
{
    private static readonly Location s_newYork = new(Guid.NewGuid(), null, "Brooklyn", "America/New_York");
    private static readonly Location s_london = new(Guid.NewGuid(), null, "Shoreditch", "Europe/London");

    [Fact]
    public void ProcessZone_WhenTheTZVariableIsSet_IsThatZone()
    {
        // Proves the second run of this class really ran under another zone (and this one under the CI's UTC).
        var tz = Environment.GetEnvironmentVariable("TZ");
        Assert.SkipWhen(string.IsNullOrEmpty(tz), "TZ is not set for this run.");
        TimeZoneInfo.Local.Id.ShouldBe(tz);
    }

    [Fact]
    public void Weekly0600InNewYork_AcrossTheMarchAndNovemberTransitions_Stays0600Local()
    {
        var dates = ClassScheduleRecurrence.GetOccurrenceDates(
            new DateOnly(2026, 2, 23), new TimeOnly(6, 0), "FREQ=WEEKLY;BYDAY=MO", new DateOnly(2026, 2, 23), new DateOnly(2026, 11, 17)).ToList();

        dates.Count.ShouldBe(39);
        dates.ShouldAllBe(d => d.DayOfWeek == DayOfWeek.Monday);
        var starts = dates.Select(d => s_newYork.ToUtc(d, new TimeOnly(6, 0))).ToList();
        starts.Select(s_newYork.ToLocal).ShouldAllBe(local => local.TimeOfDay == new TimeSpan(6, 0, 0));
        // EST (UTC−5) before 8 March, EDT (UTC−4) from 9 March to 26 October, EST again from 2 November.
        s_newYork.ToUtc(new DateOnly(2026, 3, 2), new TimeOnly(6, 0)).ShouldBe(Utc(2026, 3, 2, 11, 0));
        s_newYork.ToUtc(new DateOnly(2026, 3, 9), new TimeOnly(6, 0)).ShouldBe(Utc(2026, 3, 9, 10, 0));
        s_newYork.ToUtc(new DateOnly(2026, 10, 26), new TimeOnly(6, 0)).ShouldBe(Utc(2026, 10, 26, 10, 0));
        s_newYork.ToUtc(new DateOnly(2026, 11, 2), new TimeOnly(6, 0)).ShouldBe(Utc(2026, 11, 2, 11, 0));
    }

    [Fact]
    public void Weekly1900InLondon_AcrossTheMarchTransition_StaysOnTheSameWeekdayAndTime()
    {
        var dates = ClassScheduleRecurrence.GetOccurrenceDates(
            new DateOnly(2026, 3, 17), new TimeOnly(19, 0), "FREQ=WEEKLY;BYDAY=TU", new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 8)).ToList();

        dates.ShouldBe([new(2026, 3, 17), new(2026, 3, 24), new(2026, 3, 31), new(2026, 4, 7)]);
        s_london.ToUtc(new DateOnly(2026, 3, 24), new TimeOnly(19, 0)).ShouldBe(Utc(2026, 3, 24, 19, 0));
        s_london.ToUtc(new DateOnly(2026, 3, 31), new TimeOnly(19, 0)).ShouldBe(Utc(2026, 3, 31, 18, 0));
    }

    [Fact]
    public void Daily0230InNewYork_OnSpringForwardDay_IsShiftedForwardByTheGap()
    {
        // 8 March 2026: 02:00 EST jumps to 03:00 EDT, so 02:30 does not exist; it becomes 03:30 EDT (07:30 UTC).
        var dates = ClassScheduleRecurrence.GetOccurrenceDates(
            new DateOnly(2026, 3, 7), new TimeOnly(2, 30), "FREQ=DAILY", new DateOnly(2026, 3, 7), new DateOnly(2026, 3, 10)).ToList();

        dates.ShouldBe([new(2026, 3, 7), new(2026, 3, 8), new(2026, 3, 9)]);
        dates.Select(d => s_newYork.ToUtc(d, new TimeOnly(2, 30))).ShouldBe([Utc(2026, 3, 7, 7, 30), Utc(2026, 3, 8, 7, 30), Utc(2026, 3, 9, 6, 30)]);
        s_newYork.ToLocal(Utc(2026, 3, 8, 7, 30)).ShouldBe(new DateTime(2026, 3, 8, 3, 30, 0));
    }

    [Fact]
    public void Daily0130InNewYork_OnFallBackDay_IsOneSessionAtTheFirstInstant()
    {
        // 1 November 2026: 01:00–02:00 happens twice (EDT, then EST); the class is once, at the first (EDT) 01:30.
        var dates = ClassScheduleRecurrence.GetOccurrenceDates(
            new DateOnly(2026, 10, 31), new TimeOnly(1, 30), "FREQ=DAILY", new DateOnly(2026, 10, 31), new DateOnly(2026, 11, 3)).ToList();

        dates.ShouldBe([new(2026, 10, 31), new(2026, 11, 1), new(2026, 11, 2)]);
        dates.Select(d => s_newYork.ToUtc(d, new TimeOnly(1, 30))).ShouldBe([Utc(2026, 10, 31, 5, 30), Utc(2026, 11, 1, 5, 30), Utc(2026, 11, 2, 6, 30)]);
    }

    [Fact]
    public void Count_IsCountedFromTheStartDate_WhateverTheRange()
    {
        var dates = ClassScheduleRecurrence.GetOccurrenceDates(
            new DateOnly(2027, 1, 4), new TimeOnly(18, 0), "FREQ=WEEKLY;BYDAY=MO,WE;COUNT=5", new DateOnly(2027, 1, 12), new DateOnly(2027, 12, 31)).ToList();

        dates.ShouldBe([new(2027, 1, 13), new(2027, 1, 18)]);
    }

    [Theory]
    [InlineData("FREQ=DAILY;UNTIL=20270103")]
    [InlineData("FREQ=DAILY;UNTIL=20270103T000000Z")]
    [InlineData("FREQ=DAILY;UNTIL=20270103T060000")]
    public void Until_IsTheLastLocalDate_Included_AndTheRangeEndIsExclusive(string rule)
    {
        var start = new DateOnly(2027, 1, 1);
        var normalized = ClassScheduleRecurrence.Normalize(rule, start, new TimeOnly(7, 0));

        normalized.ShouldBe("FREQ=DAILY;UNTIL=20270103T235959");
        ClassScheduleRecurrence.GetOccurrenceDates(start, new TimeOnly(7, 0), normalized, start, new DateOnly(2027, 2, 1))
            .ShouldBe([new(2027, 1, 1), new(2027, 1, 2), new(2027, 1, 3)]);
        ClassScheduleRecurrence.GetOccurrenceDates(
                new DateOnly(2027, 1, 1), new TimeOnly(7, 0), "FREQ=DAILY", new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 3))
            .ShouldBe([new(2027, 1, 1), new(2027, 1, 2)]);
    }

    [Fact]
    public void Schedule_ExcludedDates_HaveNoOccurrence()
    {
        var schedule = NewSchedule("FREQ=WEEKLY;BYDAY=MO,WE,FR", new DateOnly(2026, 12, 21), excluded: [new DateOnly(2026, 12, 25), new DateOnly(2027, 1, 1)]);

        schedule.GetOccurrenceDates(new DateOnly(2026, 12, 21), new DateOnly(2027, 1, 5))
            .ShouldBe([new(2026, 12, 21), new(2026, 12, 23), new(2026, 12, 28), new(2026, 12, 30), new(2027, 1, 4)]);
    }

    [Theory]
    [InlineData("RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR", "FREQ=WEEKLY;BYDAY=MO,WE,FR")]
    [InlineData(" FREQ=DAILY;COUNT=3 ", "FREQ=DAILY;COUNT=3")]
    public void Normalize_AcceptedRule_DropsThePrefixAndSpaces(string rule, string expected) =>
        ClassScheduleRecurrence.Normalize(rule, new DateOnly(2027, 1, 4), new TimeOnly(6, 0)).ShouldBe(expected);

    [Theory]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("FREQ=WEEKLY;BYDAY=XX")]
    [InlineData("FREQ=WEEKLY;COUNT=0")]
    [InlineData("FREQ=HOURLY")]
    [InlineData("FREQ=MINUTELY;INTERVAL=30")]
    [InlineData("FREQ=DAILY;BYHOUR=7")]
    [InlineData("FREQ=DAILY;UNTIL=20261231")]
    [InlineData("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30")]
    [InlineData("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30")]
    public void Normalize_RuleSchedulesDoNotAccept_ThrowsInvalidRecurrenceRule(string rule)
    {
        var ex = Should.Throw<BusinessException>(() => ClassScheduleRecurrence.Normalize(rule, new DateOnly(2027, 1, 4), new TimeOnly(6, 0)));

        ex.Code.ShouldBe(BookingsErrorCodes.InvalidRecurrenceRule);
        ex.Details["recurrenceRule"].ShouldBe(rule);
        ex.Details["reason"].ShouldNotBeNull();
    }

    [Fact]
    public void Normalize_RuleLongerThanTheColumn_ThrowsInvalidRecurrenceRule() =>
        Should.Throw<BusinessException>(() => ClassScheduleRecurrence.Normalize(
                "FREQ=DAILY;" + new string(';', ClassScheduleConsts.MaxRecurrenceRuleLength), new DateOnly(2027, 1, 4), new TimeOnly(6, 0)))
            .Code.ShouldBe(BookingsErrorCodes.InvalidRecurrenceRule);

    private static ClassSchedule NewSchedule(string rule, DateOnly start, IReadOnlyList<DateOnly>? excluded = null) =>
        new(Guid.NewGuid(), null, new ClassScheduleDefinition(Guid.NewGuid(), s_newYork.Id, null, 10, 60, start, new TimeOnly(6, 0), rule, excluded ?? []));

    private static DateTime Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);
}
