using System.Net;
using System.Net.Http.Json;
using FitSaaS.Bookings;
using FitSaaS.Framework.Application;
using FitSaaS.Testing;
using static FitSaaS.HttpApi.Host.Tests.Bookings.BookingsApi;

namespace FitSaaS.HttpApi.Host.Tests.Bookings;

/// <summary>Class schedules over HTTP: generated sessions on the timetable, and bad input as problem details that change nothing.</summary>
public sealed class ClassScheduleHttpTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    private const string ClassSchedulesRoute = "/api/bookings/class-schedules";

    [Fact]
    public async Task PostSchedule_LondonTuesdays1900_PutsItsSessionsOnTheTimetableAt1900London()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var (locationId, classTypeId) = await CreateLocationAndClassTypeAsync(admin, "Europe/London");
        var (_, member) = await fixture.RegisterMemberAsync(tenant.Name, "tuesday");
        using var memberClient = member;

        var schedule = await PostAsync<ClassScheduleDto>(admin, ClassSchedulesRoute, new
        {
            classTypeId, locationId, capacity = 14, startDate = "2026-01-06", localStartTime = "19:00:00",
            recurrenceRule = "FREQ=WEEKLY;BYDAY=TU", excludedDates = new[] { "2099-12-29" },
        });
        var timetable = await memberClient.GetFromJsonAsync<PagedResultDto<ClassSessionDto>>(
            Relative($"{ClassSessionsRoute}?locationId={locationId}&maxResultCount=100"), TestJson.Options);

        schedule.RecurrenceRule.ShouldBe("FREQ=WEEKLY;BYDAY=TU");
        schedule.ExcludedDates.ShouldBe([new DateOnly(2099, 12, 29)]);
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        timetable!.Items.Count.ShouldBeInRange(5, 7);
        timetable.Items.ShouldAllBe(s => s.ClassScheduleId == schedule.Id && s.Capacity == 14 && s.TimeZoneId == "Europe/London");
        timetable.Items.ShouldAllBe(s => TimeZoneInfo.ConvertTimeFromUtc(s.StartsAtUtc, london).DayOfWeek == DayOfWeek.Tuesday);
        timetable.Items.ShouldAllBe(s => TimeZoneInfo.ConvertTimeFromUtc(s.StartsAtUtc, london).TimeOfDay == new TimeSpan(19, 0, 0));
        timetable.Items.Select(s => s.OccurrenceDate).ShouldBeUnique();
    }

    [Fact]
    public async Task PostSchedule_RuleThatDoesNotParse_Is422ProblemWithItsCode_AndCreatesNothing()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var (locationId, classTypeId) = await CreateLocationAndClassTypeAsync(admin, "America/New_York");

        using var response = await admin.PostAsJsonAsync(ClassSchedulesRoute, new
        {
            classTypeId, locationId, startDate = "2026-01-05", localStartTime = "06:00:00", recurrenceRule = "FREQ=WEEKLY;BYDAY=MO,XX",
        }, TestJson.Options);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await ProblemAsync(response);
        problem.GetProperty("code").GetString().ShouldBe(BookingsErrorCodes.InvalidRecurrenceRule);
        problem.GetProperty("status").GetInt32().ShouldBe(422);
        var list = await admin.GetFromJsonAsync<PagedResultDto<ClassScheduleDto>>(Relative(ClassSchedulesRoute), TestJson.Options);
        list!.TotalCount.ShouldBe(0);
    }

    [Theory]
    [InlineData("2026-13-01", "06:00:00")]
    [InlineData("2026-01-05", "25:00:00")]
    [InlineData(null, "06:00:00")]
    public async Task PostSchedule_MalformedDateOrTime_Is400ValidationProblem(string? startDate, string localStartTime)
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var (locationId, classTypeId) = await CreateLocationAndClassTypeAsync(admin, "America/New_York");

        using var response = await admin.PostAsJsonAsync(ClassSchedulesRoute, new
        {
            classTypeId, locationId, startDate, localStartTime, recurrenceRule = "FREQ=DAILY",
        }, TestJson.Options);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await ProblemAsync(response);
        problem.GetProperty("status").GetInt32().ShouldBe(400);
        problem.TryGetProperty("code", out var code).ShouldBeTrue();
        code.GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task PutSchedule_CapacityBelowABookedSessionsConfirmed_Is409ProblemAndChangesNothing()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var (locationId, classTypeId) = await CreateLocationAndClassTypeAsync(admin, "America/New_York");
        var schedule = await PostAsync<ClassScheduleDto>(admin, ClassSchedulesRoute, new
        {
            classTypeId, locationId, capacity = 2, startDate = "2026-01-05", localStartTime = "06:00:00", recurrenceRule = "FREQ=DAILY",
        });
        var sessions = await admin.GetFromJsonAsync<PagedResultDto<ClassSessionDto>>(Relative($"{ClassSessionsRoute}?locationId={locationId}&maxResultCount=5"), TestJson.Options);
        var target = sessions!.Items[1];
        foreach (var name in new[] { "first", "second" })
        {
            var (_, member) = await fixture.RegisterMemberAsync(tenant.Name, name);
            using var client = member;
            await PostAsync<BookingDto>(client, BookingsRoute, new { classSessionId = target.Id });
        }

        using var response = await admin.PutAsJsonAsync(Relative($"{ClassSchedulesRoute}/{schedule.Id}"), new
        {
            classTypeId, locationId, capacity = 1, startDate = "2026-01-05", localStartTime = "06:00:00", recurrenceRule = "FREQ=DAILY",
        }, TestJson.Options);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ProblemAsync(response)).GetProperty("code").GetString().ShouldBe(BookingsErrorCodes.ScheduleCapacityBelowConfirmed);
        var after = await admin.GetFromJsonAsync<ClassScheduleDto>(Relative($"{ClassSchedulesRoute}/{schedule.Id}"), TestJson.Options);
        after!.Capacity.ShouldBe(2);
        var session = await admin.GetFromJsonAsync<ClassSessionDto>(Relative($"{ClassSessionsRoute}/{target.Id}"), TestJson.Options);
        (session!.Capacity, session.ConfirmedCount).ShouldBe((2, 2));
    }

    private static async Task<(Guid LocationId, Guid ClassTypeId)> CreateLocationAndClassTypeAsync(HttpClient admin, string timeZoneId)
    {
        var location = await PostAsync<LocationDto>(admin, LocationsRoute, new { name = "Studio", timeZoneId });
        var classType = await PostAsync<ClassTypeDto>(admin, ClassTypesRoute, new { name = "Yoga", description = "Flow", defaultCapacity = 16, durationMinutes = 60 });
        return (location.Id, classType.Id);
    }
}
