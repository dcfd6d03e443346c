using FitSaaS.Bookings;
using FitSaaS.Domain.Tests.Bookings.Fakes;
using FitSaaS.Framework.Exceptions;

namespace FitSaaS.Domain.Tests.Bookings;

/// <summary>Generation and edits of class schedules over in-memory repositories (the location is in America/New_York).</summary>
public sealed class ClassScheduleManagerTests
{
    // World.Now is Thursday 10 January 2030, 12:00 UTC (07:00 in New York).
    private static readonly DateTime s_now = BookingsTestWorld.Now;
    private readonly BookingsTestWorld _world = new();

    [Fact]
    public async Task SyncAsync_NewSchedule_GeneratesTheFutureOccurrencesUpToTheHorizon_AndASecondRunAddsNothing()
    {
        var schedule = await AddScheduleAsync("FREQ=WEEKLY;BYDAY=MO,WE,FR");

        var first = await _world.ScheduleManager.SyncAsync(schedule.Id, s_now, horizonDays: 14);
        var second = await _world.ScheduleManager.SyncAsync(schedule.Id, s_now, horizonDays: 14);

        first.ShouldBe(new ClassScheduleSyncResult(6, 0, 0, 0));
        second.ShouldBe(new ClassScheduleSyncResult(0, 0, 0, 0));
        Generated(schedule).Select(s => s.OccurrenceDate).ShouldBe(
            [new DateOnly(2030, 1, 11), new(2030, 1, 14), new(2030, 1, 16), new(2030, 1, 18), new(2030, 1, 21), new(2030, 1, 23)]);
        Generated(schedule).ShouldAllBe(s => _world.Location.ToLocal(s.StartsAtUtc).TimeOfDay == new TimeSpan(18, 0, 0));
        Generated(schedule).ShouldAllBe(s => s.Capacity == 12 && s.DurationMinutes == 45 && s.ClassTypeId == _world.ClassType.Id && !s.IsCustomized);
        _world.Schedules.LockCount.ShouldBe(2);
    }

    [Fact]
    public async Task UpdateAsync_NewTime_FutureSessionsFollow_ButCustomizedOnesStayAsStaffLeftThem()
    {
        var schedule = await AddScheduleAsync("FREQ=WEEKLY;BYDAY=MO,WE,FR");
        await _world.ScheduleManager.SyncAsync(schedule.Id, s_now, 14);
        var customized = Generated(schedule)[1];
        await _world.SessionManager.UpdateAsync(customized.Id, customized.LocationId, customized.StartsAtUtc.AddHours(1), 90, 12, null, s_now);

        var (_, result) = await _world.ScheduleManager.UpdateAsync(schedule.Id, Definition("FREQ=WEEKLY;BYDAY=MO,WE,FR", new TimeOnly(7, 0)), s_now, 14);

        result.ShouldBe(new ClassScheduleSyncResult(0, 5, 0, 0));
        Generated(schedule).Where(s => s.Id != customized.Id).ShouldAllBe(s => _world.Location.ToLocal(s.StartsAtUtc).TimeOfDay == new TimeSpan(7, 0, 0));
        customized.IsCustomized.ShouldBeTrue();
        customized.DurationMinutes.ShouldBe(90);
        _world.Location.ToLocal(customized.StartsAtUtc).TimeOfDay.ShouldBe(new TimeSpan(19, 0, 0));
    }

    [Fact]
    public async Task UpdateAsync_MovingABookedSession_KeepsItsBookings_AndPublishesOneRescheduledEventWithItsMembers()
    {
        var schedule = await AddScheduleAsync("FREQ=WEEKLY;BYDAY=MO,WE,FR");
        await _world.ScheduleManager.SyncAsync(schedule.Id, s_now, 14);
        var booked = Generated(schedule)[0];
        var bookings = await _world.BookManyAsync(booked, 2);
        var before = booked.StartsAtUtc;

        await _world.ScheduleManager.UpdateAsync(schedule.Id, Definition("FREQ=WEEKLY;BYDAY=MO,WE,FR", new TimeOnly(19, 30)), s_now, 14);

        booked.ConfirmedCount.ShouldBe(2);
        var eto = _world.Events.Published.OfType<ClassSessionRescheduledEto>().ShouldHaveSingleItem();
        eto.ClassSessionId.ShouldBe(booked.Id);
        eto.ClassScheduleId.ShouldBe(schedule.Id);
        eto.PreviousStartsAtUtc.ShouldBe(before);
        eto.StartsAtUtc.ShouldBe(before.AddMinutes(90));
        eto.MemberUserIds.Order().ShouldBe(bookings.Select(b => b.MemberId).Order());
        (eto.ByStaff, eto.OccurredAtUtc).ShouldBe((false, s_now));
    }

    [Fact]
    public async Task SessionManagerUpdate_StaffMoveABookedGeneratedSession_OneRescheduledEventNamingItsSchedule_LaterScheduleEditsLeaveItAlone()
    {
        var schedule = await AddScheduleAsync("FREQ=WEEKLY;BYDAY=MO,WE,FR");
        await _world.ScheduleManager.SyncAsync(schedule.Id, s_now, 14);
        var booked = Generated(schedule)[0];
        var member = (await _world.BookManyAsync(booked, 1))[0].MemberId;
        var before = booked.StartsAtUtc;

        await _world.SessionManager.UpdateAsync(booked.Id, booked.LocationId, before.AddHours(2), booked.DurationMinutes, booked.Capacity, null, s_now);
        await _world.ScheduleManager.UpdateAsync(schedule.Id, Definition("FREQ=WEEKLY;BYDAY=MO,WE,FR", new TimeOnly(19, 30)), s_now, 14);

        var eto = _world.Events.Published.OfType<ClassSessionRescheduledEto>().ShouldHaveSingleItem();
        (eto.ClassSessionId, eto.ClassScheduleId, eto.PreviousStartsAtUtc, eto.StartsAtUtc, eto.ByStaff).ShouldBe((booked.Id, schedule.Id, before, before.AddHours(2), true));
        eto.MemberUserIds.ShouldBe([member]);
        booked.StartsAtUtc.ShouldBe(before.AddHours(2));
    }

    [Fact]
    public async Task UpdateAsync_DroppedWeekday_DeletesUnbookedSessions_AndKeepsBookedOnesForStaff()
    {
        var schedule = await AddScheduleAsync("FREQ=WEEKLY;BYDAY=MO,WE,FR");
        await _world.ScheduleManager.SyncAsync(schedule.Id, s_now, 14);
        var bookedFriday = Generated(schedule).First(s => s.OccurrenceDate == new DateOnly(2030, 1, 18));
        await _world.BookManyAsync(bookedFriday, 1);

        var (_, result) = await _world.ScheduleManager.UpdateAsync(schedule.Id, Definition("FREQ=WEEKLY;BYDAY=MO,WE"), s_now, 14);

        result.ShouldBe(new ClassScheduleSyncResult(0, 0, 1, 1));
        Generated(schedule).Where(s => !s.IsDeleted).Select(s => s.OccurrenceDate!.Value.DayOfWeek)
            .ShouldBe([DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday, DayOfWeek.Monday, DayOfWeek.Wednesday]);
        bookedFriday.IsDeleted.ShouldBeFalse();
        bookedFriday.IsCustomized.ShouldBeTrue();
    }

    [Fact]
    public async Task UpdateAsync_WeekdayDroppedAndAddedBack_BringsTheScheduleDeletedSessionBack_ButNotOneStaffDeleted()
    {
        var schedule = await AddScheduleAsync("FREQ=WEEKLY;BYDAY=MO,WE,FR");
        await _world.ScheduleManager.SyncAsync(schedule.Id, s_now, 14);
        var staffDeleted = Generated(schedule).First(s => s.OccurrenceDate == new DateOnly(2030, 1, 14));
        await _world.SessionManager.DeleteAsync(staffDeleted.Id);
        await _world.ScheduleManager.UpdateAsync(schedule.Id, Definition("FREQ=WEEKLY;BYDAY=MO,WE"), s_now, 14);

        var (_, result) = await _world.ScheduleManager.UpdateAsync(schedule.Id, Definition("FREQ=WEEKLY;BYDAY=MO,WE,FR"), s_now, 14);

        result.ShouldBe(new ClassScheduleSyncResult(0, 2, 0, 0));
        Generated(schedule).Count.ShouldBe(6);
        Generated(schedule).Where(s => !s.IsDeleted).Select(s => s.OccurrenceDate).ShouldNotContain(new DateOnly(2030, 1, 14));
        staffDeleted.IsDeleted.ShouldBeTrue();
    }

    [Fact]
    public async Task UpdateAsync_CapacityBelowASessionsConfirmedBookings_IsRefusedAndChangesNothing()
    {
        var schedule = await AddScheduleAsync("FREQ=WEEKLY;BYDAY=MO,WE,FR");
        await _world.ScheduleManager.SyncAsync(schedule.Id, s_now, 14);
        var full = Generated(schedule)[2];
        await _world.BookManyAsync(full, 5);

        var ex = await Should.ThrowAsync<BusinessException>(() =>
            _world.ScheduleManager.UpdateAsync(schedule.Id, Definition("FREQ=WEEKLY;BYDAY=MO,WE,FR", capacity: 4), s_now, 14));

        ex.Code.ShouldBe(BookingsErrorCodes.ScheduleCapacityBelowConfirmed);
        ex.Details["classSessionId"].ShouldBe(full.Id);
        ex.Details["confirmedCount"].ShouldBe(5);
        Generated(schedule).ShouldAllBe(s => s.Capacity == 12);
    }

    [Fact]
    public async Task SyncAsync_StartedSession_IsNotChanged()
    {
        var schedule = await AddScheduleAsync("FREQ=DAILY");
        await _world.ScheduleManager.SyncAsync(schedule.Id, s_now, 3);
        var first = Generated(schedule)[0];
        var later = first.StartsAtUtc.AddMinutes(10);

        await _world.ScheduleManager.UpdateAsync(schedule.Id, Definition("FREQ=DAILY", new TimeOnly(20, 0)), later, 3);

        _world.Location.ToLocal(first.StartsAtUtc).TimeOfDay.ShouldBe(new TimeSpan(18, 0, 0));
        Generated(schedule).Skip(1).ShouldAllBe(s => _world.Location.ToLocal(s.StartsAtUtc).TimeOfDay == new TimeSpan(20, 0, 0));
    }

    [Fact]
    public async Task DeleteAsync_Schedule_DeletesUnbookedFutureSessions_KeepsBookedOnes()
    {
        var schedule = await AddScheduleAsync("FREQ=WEEKLY;BYDAY=MO,WE,FR");
        await _world.ScheduleManager.SyncAsync(schedule.Id, s_now, 14);
        var booked = Generated(schedule)[3];
        await _world.BookManyAsync(booked, 1);

        var result = await _world.ScheduleManager.DeleteAsync(schedule.Id, s_now);

        result.ShouldBe(new ClassScheduleSyncResult(0, 0, 5, 1));
        schedule.IsDeleted.ShouldBeTrue();
        Generated(schedule).Where(s => !s.IsDeleted).ShouldBe([booked]);
        booked.IsCustomized.ShouldBeTrue();
    }

    [Fact]
    public async Task CreateAsync_UnknownLocation_ThrowsLocationNotFound() =>
        (await Should.ThrowAsync<BusinessException>(() => _world.ScheduleManager.CreateAsync(
            Definition("FREQ=DAILY") with { LocationId = Guid.NewGuid() }))).Code.ShouldBe(BookingsErrorCodes.LocationNotFound);

    private async Task<ClassSchedule> AddScheduleAsync(string rule)
    {
        var schedule = await _world.ScheduleManager.CreateAsync(Definition(rule));
        await _world.Schedules.InsertAsync(schedule);
        return schedule;
    }

    private ClassScheduleDefinition Definition(string rule, TimeOnly? time = null, int capacity = 12) =>
        new(_world.ClassType.Id, _world.Location.Id, null, capacity, 45, new DateOnly(2030, 1, 7), time ?? new TimeOnly(18, 0), rule, []);

    private List<ClassSession> Generated(ClassSchedule schedule) =>
        _world.Sessions.Items.Where(s => s.ClassScheduleId == schedule.Id).OrderBy(s => s.OccurrenceDate).ToList();
}
