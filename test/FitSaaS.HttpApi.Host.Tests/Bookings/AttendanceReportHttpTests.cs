using System.Net;
using System.Net.Http.Json;
using FitSaaS.Bookings;
using FitSaaS.Identity;
using FitSaaS.Testing;
using static FitSaaS.HttpApi.Host.Tests.Bookings.BookingsApi;

namespace FitSaaS.HttpApi.Host.Tests.Bookings;

/// <summary>The attendance report and the coach's sessions over HTTP: exact counts, problems for bad ranges, 403 for members, tenant isolation.</summary>
public sealed class AttendanceReportHttpTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    private const string ReportRoute = "/api/bookings/attendance-report";
    private const string CoachSessionsRoute = "/api/bookings/coach-sessions";

    [Fact]
    public async Task Report_ByHourOfWeek_GroupsANewYorkClassAcrossTheDstChange_WithExactCountsAndRates()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        // 07:00 in New York on Monday 2 March (EST, 12:00Z) and Monday 9 March 2026 (EDT, 11:00Z).
        var before = await CreateSessionAsync(admin, capacity: 8, new DateTime(2026, 3, 2, 12, 0, 0, DateTimeKind.Utc));
        var after = await PostAsync<ClassSessionDto>(admin, ClassSessionsRoute, new
        {
            classTypeId = before.ClassTypeId, locationId = before.LocationId, startsAtUtc = new DateTime(2026, 3, 9, 11, 0, 0, DateTimeKind.Utc), capacity = 8,
        });
        await BookingStatusSeeder.AddAsync(fixture.Services, tenant.Id, before.Id,
            BookingStatus.CheckedIn, BookingStatus.CheckedIn, BookingStatus.NoShow, BookingStatus.LateCancelled, BookingStatus.Cancelled);
        await BookingStatusSeeder.AddAsync(fixture.Services, tenant.Id, after.Id, BookingStatus.CheckedIn, BookingStatus.Confirmed, BookingStatus.Waitlisted);

        var report = await admin.GetFromJsonAsync<AttendanceReportDto>(
            Relative($"{ReportRoute}?fromUtc=2026-03-01T00:00:00Z&toUtc=2026-03-15T00:00:00Z&groupBy=HourOfWeek"), TestJson.Options);

        var row = report!.Rows.ShouldHaveSingleItem();
        (row.Key, row.Label, row.DayOfWeek, row.LocalHour).ShouldBe(("Monday-07", "Monday 07:00", DayOfWeek.Monday, 7));
        (row.SessionCount, row.Capacity, row.Booked, row.Attended, row.NoShows, row.LateCancels).ShouldBe((2, 16, 5, 3, 1, 1));
        (row.FillRate, row.AttendanceRate).ShouldBe((0.3125m, 0.6m));
        (report.Total.Booked, report.Total.FillRate).ShouldBe((5, 0.3125m));
    }

    [Fact]
    public async Task Report_RangeTooLong_Is422ReportRangeTooLong_ToBeforeFrom_Is400()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");

        using var tooLong = await admin.GetAsync(Relative($"{ReportRoute}?fromUtc=2025-01-01T00:00:00Z&toUtc=2026-01-03T00:00:00Z"));
        using var backwards = await admin.GetAsync(Relative($"{ReportRoute}?fromUtc=2026-03-02T00:00:00Z&toUtc=2026-03-01T00:00:00Z"));

        tooLong.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await ProblemAsync(tooLong)).GetProperty("code").GetString().ShouldBe(BookingsErrorCodes.ReportRangeTooLong);
        backwards.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ProblemAsync(backwards)).GetProperty("errors").TryGetProperty("toUtc", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Report_Member_Is403_AnotherTenantsAdmin_SeesNoRows()
    {
        var tenant = await fixture.CreateTenantAsync();
        var other = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        using var otherAdmin = await fixture.LoginAsync(other.Name, "admin");
        var session = await CreateSessionAsync(admin, capacity: 4, new DateTime(2026, 3, 3, 17, 0, 0, DateTimeKind.Utc));
        await BookingStatusSeeder.AddAsync(fixture.Services, tenant.Id, session.Id, BookingStatus.CheckedIn);
        var (_, memberClient) = await fixture.RegisterMemberAsync(tenant.Name, "report-peeker");
        using var member = memberClient;
        const string query = "?fromUtc=2026-03-01T00:00:00Z&toUtc=2026-03-15T00:00:00Z&groupBy=Location";

        using var forbidden = await member.GetAsync(Relative(ReportRoute + query));
        var mine = await admin.GetFromJsonAsync<AttendanceReportDto>(Relative(ReportRoute + query), TestJson.Options);
        var theirs = await otherAdmin.GetFromJsonAsync<AttendanceReportDto>(Relative($"{ReportRoute}{query}&locationId={session.LocationId}"), TestJson.Options);

        forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ProblemAsync(forbidden)).GetProperty("code").GetString().ShouldBe("Authorization:Forbidden");
        mine!.Rows.ShouldHaveSingleItem().Attended.ShouldBe(1);
        theirs!.Rows.ShouldBeEmpty();
    }

    [Fact]
    public async Task CoachSessions_TheSignedInCoachsSessionsOnly()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var coachName = $"coach{Guid.NewGuid():N}"[..16];
        var coachId = await fixture.CreateUserAsync(tenant.Name, coachName, IdentityConsts.StaffRole);
        using var coach = await fixture.LoginAsync(tenant.Name, coachName);
        var startsAt = DateTime.UtcNow.Date.AddDays(2).AddHours(6);
        var session = await CreateSessionAsync(admin, capacity: 6, startsAt);
        var coached = await PostAsync<ClassSessionDto>(admin, ClassSessionsRoute, new
        {
            classTypeId = session.ClassTypeId, locationId = session.LocationId, startsAtUtc = startsAt.AddHours(3), capacity = 6, coachId,
        });
        var (_, memberClient) = await fixture.RegisterMemberAsync(tenant.Name, "coached-member");
        using var member = memberClient;
        await PostAsync<BookingDto>(member, BookingsRoute, new { classSessionId = coached.Id });

        var mine = await coach.GetFromJsonAsync<List<CoachSessionDto>>(Relative(CoachSessionsRoute), TestJson.Options);
        var members = await member.GetFromJsonAsync<List<CoachSessionDto>>(Relative(CoachSessionsRoute), TestJson.Options);
        using var tooLong = await coach.GetAsync(Relative($"{CoachSessionsRoute}?fromUtc=2026-01-01T00:00:00Z&toUtc=2026-06-01T00:00:00Z"));

        var only = mine.ShouldHaveSingleItem();
        (only.Id, only.ClassTypeName, only.LocationName, only.ConfirmedCount, only.CheckedInCount).ShouldBe((coached.Id, "WOD", "Downtown", 1, 0));
        members.ShouldBeEmpty();
        tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
