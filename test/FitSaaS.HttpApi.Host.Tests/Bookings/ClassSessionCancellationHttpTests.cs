using System.Net;
using System.Net.Http.Json;
using FitSaaS.Bookings;
using FitSaaS.Testing;
using static FitSaaS.HttpApi.Host.Tests.Bookings.BookingsApi;

namespace FitSaaS.HttpApi.Host.Tests.Bookings;

/// <summary>Staff cancel a session and run a bulk action over HTTP; bad input is a problem that changes nothing.</summary>
public sealed class ClassSessionCancellationHttpTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    [Fact]
    public async Task CancelSession_ThenBookingIt_Is422SessionCancelledProblem_AndTheMembersBookingIsCancelled()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var session = await CreateSessionAsync(admin, capacity: 5, DateTime.UtcNow.AddDays(2));
        var (_, first) = await fixture.RegisterMemberAsync(tenant.Name, "early");
        var (_, second) = await fixture.RegisterMemberAsync(tenant.Name, "late");
        using var early = first;
        using var late = second;
        var booking = await PostAsync<BookingDto>(early, BookingsRoute, new { classSessionId = session.Id });

        var cancelled = await PostAsync<ClassSessionDto>(admin, $"{ClassSessionsRoute}/{session.Id}/cancel", new { reason = "Pool closed" });
        using var response = await late.PostAsJsonAsync(BookingsRoute, new { classSessionId = session.Id }, TestJson.Options);

        (cancelled.IsCancelled, cancelled.CancellationReason).ShouldBe((true, "Pool closed"));
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await ProblemAsync(response)).GetProperty("code").GetString().ShouldBe(BookingsErrorCodes.SessionCancelled);
        var mine = await early.GetFromJsonAsync<BookingDto>(Relative($"{BookingsRoute}/{booking.Id}"), TestJson.Options);
        mine!.Status.ShouldBe(BookingStatus.Cancelled);
    }

    [Fact]
    public async Task CancelSession_WithoutAReason_Is400ValidationProblem_AndTheSessionStays()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var session = await CreateSessionAsync(admin, capacity: 5, DateTime.UtcNow.AddDays(2));

        using var response = await admin.PostAsJsonAsync(Relative($"{ClassSessionsRoute}/{session.Id}/cancel"), new { reason = "" }, TestJson.Options);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ProblemAsync(response)).GetProperty("errors").TryGetProperty("reason", out _).ShouldBeTrue();
        var after = await admin.GetFromJsonAsync<ClassSessionDto>(Relative($"{ClassSessionsRoute}/{session.Id}"), TestJson.Options);
        after!.IsCancelled.ShouldBeFalse();
    }

    [Fact]
    public async Task BulkUpdate_ChangeCoachToAnUnknownUser_Is422CoachNotFound_AndChangesNothing()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var session = await CreateSessionAsync(admin, capacity: 5, DateTime.UtcNow.AddDays(2));

        using var response = await admin.PostAsJsonAsync(Relative($"{ClassSessionsRoute}/bulk-update"), new
        {
            fromUtc = DateTime.UtcNow, toUtc = DateTime.UtcNow.AddDays(7), action = "ChangeCoach", newCoachId = Guid.NewGuid(),
        }, TestJson.Options);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await ProblemAsync(response)).GetProperty("code").GetString().ShouldBe(BookingsErrorCodes.CoachNotFound);
        var after = await admin.GetFromJsonAsync<ClassSessionDto>(Relative($"{ClassSessionsRoute}/{session.Id}"), TestJson.Options);
        after!.CoachId.ShouldBeNull();
    }
}
