using System.Net;
using System.Net.Http.Json;
using FitSaaS.Bookings;
using FitSaaS.FeatureManagement;
using FitSaaS.Testing;
using static FitSaaS.HttpApi.Host.Tests.Bookings.BookingsApi;

namespace FitSaaS.HttpApi.Host.Tests.Bookings;

/// <summary>
/// <c>PUT /api/bookings/class-sessions/{id}</c> moving a booked session answers as before (200 with the session, the
/// bookings kept), and the member is told: the host dispatches <c>Bookings.ClassSessionRescheduled.v1</c> to Messaging,
/// whose <c>SessionRescheduled</c> e-mail arrives once.
/// </summary>
public sealed class ClassSessionRescheduleHttpTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    [Fact]
    public async Task PutMovingABookedSession_Is200WithTheNewStart_TheBookingIsKept_AndTheMemberIsEmailedOnce()
    {
        var tenant = await fixture.CreateTenantAsync(editionName: EditionNames.Pro);
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var start = StartsIn(3 * 24 * 60);
        var session = await CreateSessionAsync(admin, capacity: 5, start);
        var userName = $"moved-{Guid.NewGuid():N}"[..20];
        var (_, client) = await fixture.RegisterMemberAsync(tenant.Name, userName);
        using var member = client;
        var booking = await PostAsync<BookingDto>(member, BookingsRoute, new { classSessionId = session.Id });
        var moved = start.AddHours(2);

        using var response = await admin.PutAsJsonAsync(
            Relative($"{ClassSessionsRoute}/{session.Id}"),
            new { locationId = session.LocationId, startsAtUtc = moved, durationMinutes = 60, capacity = 5 },
            TestJson.Options);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var updated = await ReadAsync<ClassSessionDto>(response);
        (updated.Id, updated.StartsAtUtc, updated.ConfirmedCount).ShouldBe((session.Id, moved, 1));
        (await member.GetFromJsonAsync<BookingDto>(Relative($"{BookingsRoute}/{booking.Id}"), TestJson.Options))!.Status.ShouldBe(BookingStatus.Confirmed);
        await fixture.WaitForMailAsync($"{userName}@example.test", "Your booking is kept.");
        TestMailbox.ReadPickupDirectory(fixture.Database.MailDirectory, $"{userName}@example.test")
            .Count(m => TestMailbox.TextOf(m).Contains("Your booking is kept.", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public async Task PutWithTheSameTimes_Is200AndChangesNothing()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var start = StartsIn(3 * 24 * 60);
        var session = await CreateSessionAsync(admin, capacity: 5, start);

        using var response = await admin.PutAsJsonAsync(
            Relative($"{ClassSessionsRoute}/{session.Id}"), new { locationId = session.LocationId, startsAtUtc = start, durationMinutes = 60, capacity = 5 }, TestJson.Options);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var updated = await ReadAsync<ClassSessionDto>(response);
        (updated.StartsAtUtc, updated.EndsAtUtc, updated.Capacity).ShouldBe((start, start.AddHours(1), 5));
    }
}
