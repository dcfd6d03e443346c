using System.Net;
using System.Net.Http.Json;
using FitSaaS.Bookings;
using FitSaaS.Framework.Application;
using FitSaaS.Testing;
using static FitSaaS.HttpApi.Host.Tests.Bookings.BookingsApi;

namespace FitSaaS.HttpApi.Host.Tests.Bookings;

/// <summary>
/// Booking policies over HTTP: the <c>policy</c> of locations, class types and sessions, the booking window (members refused,
/// staff overriding with a reason) and the members' limits; an inconsistent policy is a 400 problem that changes nothing.
/// </summary>
public sealed class BookingPolicyHttpTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    [Fact]
    public async Task Policy_OfALocationClassTypeAndSession_RoundTrips_AndAnUpdateReplacesIt()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var location = await PostAsync<LocationDto>(admin, LocationsRoute, new
        {
            name = "Downtown", timeZoneId = "Europe/Berlin",
            policy = new
            {
                bookingOpensMinutes = 10080, bookingClosesMinutes = 60, freeCancellationMinutes = 720, cancellationCutoffMinutes = 120,
                waitlistCutoffMinutes = 30, waitlistMaxSize = 5, checkInOpensMinutes = 45, checkInClosesMinutes = 15,
                maxBookingsPerDay = 1, maxBookingsPerWeek = 4, maxUpcomingBookings = 8,
            },
        });
        var classType = await PostAsync<ClassTypeDto>(admin, ClassTypesRoute, new
        {
            name = "WOD", defaultCapacity = 16, durationMinutes = 60, policy = new { maxBookingsPerWeek = 3 },
        });
        var session = await PostAsync<ClassSessionDto>(admin, ClassSessionsRoute, new
        {
            classTypeId = classType.Id, locationId = location.Id, startsAtUtc = DateTime.UtcNow.AddDays(2).Date.AddHours(18), capacity = 10,
            policy = new { bookingClosesMinutes = -15 },
        });

        var locationRead = await admin.GetFromJsonAsync<LocationDto>(Relative($"{LocationsRoute}/{location.Id}"), TestJson.Options);
        var classTypeRead = await admin.GetFromJsonAsync<ClassTypeDto>(Relative($"{ClassTypesRoute}/{classType.Id}"), TestJson.Options);
        var sessionRead = await admin.GetFromJsonAsync<ClassSessionDto>(Relative($"{ClassSessionsRoute}/{session.Id}"), TestJson.Options);
        using var put = await admin.PutAsJsonAsync($"{LocationsRoute}/{location.Id}", new
        {
            name = "Downtown", timeZoneId = "Europe/Berlin", policy = new { waitlistMaxSize = 2 },
        }, TestJson.Options);
        var updated = await ReadAsync<LocationDto>(put);

        var p = locationRead!.Policy;
        (p.BookingOpensMinutes, p.BookingClosesMinutes, p.FreeCancellationMinutes, p.CancellationCutoffMinutes).ShouldBe((10080, 60, 720, 120));
        (p.WaitlistCutoffMinutes, p.WaitlistMaxSize, p.CheckInOpensMinutes, p.CheckInClosesMinutes).ShouldBe((30, 5, 45, 15));
        (p.MaxBookingsPerDay, p.MaxBookingsPerWeek, p.MaxUpcomingBookings).ShouldBe((1, 4, 8));
        classTypeRead!.Policy.MaxBookingsPerWeek.ShouldBe(3);
        (classTypeRead.Policy.BookingOpensMinutes, classTypeRead.Policy.MaxBookingsPerDay).ShouldBe((null, null));
        sessionRead!.Policy.BookingClosesMinutes.ShouldBe(-15);
        (sessionRead.Policy.BookingOpensMinutes, sessionRead.Policy.MaxBookingsPerWeek).ShouldBe((null, null));
        updated.Policy.WaitlistMaxSize.ShouldBe(2);
        (updated.Policy.BookingOpensMinutes, updated.Policy.MaxBookingsPerDay, updated.Policy.CheckInOpensMinutes).ShouldBe((null, null, null));
    }

    [Fact]
    public async Task Policy_WindowClosesBeforeItOpens_Is400InvalidBookingPolicy_AndNothingChanges()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var session = await CreateSessionAsync(admin, capacity: 5, DateTime.UtcNow.AddDays(2).Date.AddHours(18));
        var invalid = new { bookingOpensMinutes = 60, bookingClosesMinutes = 90 };

        using var createLocation = await admin.PostAsJsonAsync(LocationsRoute, new { name = "Uptown", timeZoneId = "UTC", policy = invalid }, TestJson.Options);
        using var createSession = await admin.PostAsJsonAsync(ClassSessionsRoute, new
        {
            classTypeId = session.ClassTypeId, locationId = session.LocationId, startsAtUtc = session.StartsAtUtc.AddDays(1), capacity = 5, policy = invalid,
        }, TestJson.Options);
        using var updateLocation = await admin.PutAsJsonAsync($"{LocationsRoute}/{session.LocationId}",
            new { name = "Renamed", timeZoneId = "UTC", policy = invalid }, TestJson.Options);
        using var updateClassType = await admin.PutAsJsonAsync($"{ClassTypesRoute}/{session.ClassTypeId}",
            new { name = "Renamed", defaultCapacity = 3, durationMinutes = 45, policy = invalid }, TestJson.Options);
        using var updateSession = await admin.PutAsJsonAsync($"{ClassSessionsRoute}/{session.Id}", new
        {
            locationId = session.LocationId, startsAtUtc = session.StartsAtUtc, durationMinutes = 30, capacity = 9, policy = invalid,
        }, TestJson.Options);

        foreach (var response in new[] { createLocation, createSession, updateLocation, updateClassType, updateSession })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            var problem = await ProblemAsync(response);
            problem.GetProperty("code").GetString().ShouldBe(BookingsErrorCodes.InvalidBookingPolicy);
            problem.GetProperty("data").GetProperty("reason").GetString().ShouldNotBeNull().ShouldContain("closes before it opens");
        }

        var locations = await admin.GetFromJsonAsync<PagedResultDto<LocationDto>>(Relative(LocationsRoute), TestJson.Options);
        var sessions = await admin.GetFromJsonAsync<PagedResultDto<ClassSessionDto>>(Relative(ClassSessionsRoute), TestJson.Options);
        var classType = await admin.GetFromJsonAsync<ClassTypeDto>(Relative($"{ClassTypesRoute}/{session.ClassTypeId}"), TestJson.Options);
        var location = locations!.Items.ShouldHaveSingleItem();
        (location.Name, location.TimeZoneId, location.Policy.BookingOpensMinutes, location.Policy.BookingClosesMinutes)
            .ShouldBe(("Downtown", "America/New_York", null, null));
        var sessionAfter = sessions!.Items.ShouldHaveSingleItem();
        (sessionAfter.Id, sessionAfter.Capacity, sessionAfter.DurationMinutes, sessionAfter.Policy.BookingOpensMinutes).ShouldBe((session.Id, 5, 60, null));
        (classType!.Name, classType.DefaultCapacity, classType.DurationMinutes, classType.Policy.BookingClosesMinutes).ShouldBe(("WOD", 16, 60, null));
    }

    [Fact]
    public async Task Book_BeforeTheWindowOpens_Is422BookingNotOpen_StaffOverrideItOnlyWithAReason()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var session = await CreateSessionAsync(admin, capacity: 5, DateTime.UtcNow.AddDays(3).Date.AddHours(18));
        await SetTenantSettingsAsync(admin, (BookingsSettingNames.BookingOpensMinutes, "1440"));
        var (memberId, member) = await fixture.RegisterMemberAsync(tenant.Name, "eager");
        using var memberClient = member;

        using var byMember = await memberClient.PostAsJsonAsync(BookingsRoute, new { classSessionId = session.Id }, TestJson.Options);
        using var byStaffWithoutReason = await admin.PostAsJsonAsync(BookingsRoute, new { classSessionId = session.Id, memberId }, TestJson.Options);
        var sessionBefore = await admin.GetFromJsonAsync<ClassSessionDto>(Relative($"{ClassSessionsRoute}/{session.Id}"), TestJson.Options);
        var byStaff = await PostAsync<BookingDto>(admin, BookingsRoute, new { classSessionId = session.Id, memberId, reason = "Booked at the desk" });

        foreach (var response in new[] { byMember, byStaffWithoutReason })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
            var problem = await ProblemAsync(response);
            problem.GetProperty("code").GetString().ShouldBe(BookingsErrorCodes.BookingNotOpen);
            problem.GetProperty("data").GetProperty("opensAtUtc").GetDateTime().ShouldBe(session.StartsAtUtc.AddDays(-1));
        }

        sessionBefore!.ConfirmedCount.ShouldBe(0);
        (byStaff.Status, byStaff.MemberId, byStaff.BookedByStaff, byStaff.StaffReason).ShouldBe((BookingStatus.Confirmed, memberId, true, "Booked at the desk"));
        var mine = await memberClient.GetFromJsonAsync<PagedResultDto<BookingDto>>(Relative(BookingsRoute), TestJson.Options);
        mine!.Items.ShouldHaveSingleItem().Id.ShouldBe(byStaff.Id);
    }

    [Fact]
    public async Task Book_AfterTheWindowCloses_Is422BookingClosed_AndNothingIsBooked()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var template = await CreateSessionAsync(admin, capacity: 5, DateTime.UtcNow.AddDays(3).Date.AddHours(18));
        var session = await PostAsync<ClassSessionDto>(admin, ClassSessionsRoute, new
        {
            classTypeId = template.ClassTypeId, locationId = template.LocationId, startsAtUtc = StartsIn(30), capacity = 5,
            policy = new { bookingClosesMinutes = 60 },
        });
        var (_, member) = await fixture.RegisterMemberAsync(tenant.Name, "tardy");
        using var memberClient = member;

        using var response = await memberClient.PostAsJsonAsync(BookingsRoute, new { classSessionId = session.Id }, TestJson.Options);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await ProblemAsync(response);
        problem.GetProperty("code").GetString().ShouldBe(BookingsErrorCodes.BookingClosed);
        problem.GetProperty("data").GetProperty("closesAtUtc").GetDateTime().ShouldBe(session.StartsAtUtc.AddHours(-1));
        var after = await admin.GetFromJsonAsync<ClassSessionDto>(Relative($"{ClassSessionsRoute}/{session.Id}"), TestJson.Options);
        after!.ConfirmedCount.ShouldBe(0);
    }

    [Fact]
    public async Task Book_TwoSessionsTheSameLocalDay_WithOnePerDay_SecondIs409BookingLimitReached_WaitlistEntriesDoNotCount()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var day = DateTime.UtcNow.AddDays(3).Date;
        // 09:00/10:00, 11:00/12:00 and 15:00/16:00 in New York (EST/EDT): one local day.
        var full = await CreateSessionAsync(admin, capacity: 1, day.AddHours(14));
        var first = await CreateSessionAsync(admin, capacity: 5, day.AddHours(16));
        var second = await CreateSessionAsync(admin, capacity: 5, day.AddHours(20));
        await SetTenantSettingsAsync(admin, (BookingsSettingNames.MaxBookingsPerDay, "1"));
        var (_, early) = await fixture.RegisterMemberAsync(tenant.Name, "early");
        var (_, member) = await fixture.RegisterMemberAsync(tenant.Name, "keen");
        using var earlyClient = early;
        using var memberClient = member;
        await PostAsync<BookingDto>(earlyClient, BookingsRoute, new { classSessionId = full.Id });

        var waitlisted = await PostAsync<BookingDto>(memberClient, BookingsRoute, new { classSessionId = full.Id });
        var confirmed = await PostAsync<BookingDto>(memberClient, BookingsRoute, new { classSessionId = first.Id });
        using var refused = await memberClient.PostAsJsonAsync(BookingsRoute, new { classSessionId = second.Id }, TestJson.Options);

        (waitlisted.Status, waitlisted.WaitlistPosition).ShouldBe((BookingStatus.Waitlisted, 1));
        confirmed.Status.ShouldBe(BookingStatus.Confirmed);
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await ProblemAsync(refused);
        problem.GetProperty("code").GetString().ShouldBe(BookingsErrorCodes.BookingLimitReached);
        var data = problem.GetProperty("data");
        (data.GetProperty("limit").GetString(), data.GetProperty("max").GetInt32()).ShouldBe(("PerDay", 1));
        data.GetProperty("periodStart").GetString().ShouldBe($"{day:yyyy-MM-dd}");
        var secondAfter = await admin.GetFromJsonAsync<ClassSessionDto>(Relative($"{ClassSessionsRoute}/{second.Id}"), TestJson.Options);
        secondAfter!.ConfirmedCount.ShouldBe(0);
        var mine = await memberClient.GetFromJsonAsync<PagedResultDto<BookingDto>>(Relative(BookingsRoute), TestJson.Options);
        mine!.TotalCount.ShouldBe(2);
    }
}
