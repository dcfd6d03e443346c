using System.Net.Http.Json;
using FitSaaS.HttpApi.Host.Tests.Identity;
using FitSaaS.HttpApi.Host.Tests.Isolation;
using static FitSaaS.HttpApi.Host.Tests.Isolation.IsolationProbeSeedContext;

namespace FitSaaS.HttpApi.Host.Tests.Bookings;

/// <summary>Bookings' probe data in B: a location, a class type, a class schedule, a session coached by B's coach, a member's booking; a Bookings grant on B's custom role.</summary>
public sealed class BookingsIsolationProbeSeed : IIsolationProbeSeed
{
    public string RoutePrefix => "/api/bookings/";

    public int Order => 20; // after Identity: uses B's coach, member and custom role

    public async Task SeedAsync(IsolationProbeSeedContext context, CancellationToken cancellationToken)
    {
        var (adminB, marker, targets, ct) = (context.VictimAdmin, context.Marker, context.Targets, cancellationToken);
        using (var grant = await adminB.PutAsJsonAsync($"/api/permission-management/permissions?providerName=R&providerKey=role-{marker}",
            new { permissions = new[] { new { name = "FitSaaS.Bookings.ClassSessions", isGranted = true } } }, ct))
        {
            grant.EnsureSuccessStatusCode();
        }

        var coachId = Guid.Parse(targets.Ids.Single(v => v.Label == IdentityIsolationProbeSeed.CoachLabel).Value);
        var location = await PostAsync(adminB, "/api/bookings/locations", new { name = $"Downtown {marker}", timeZoneId = "Europe/Berlin" }, ct);
        targets.AddId("locations", location.GetProperty("id").GetGuid(), "B's location");
        var classType = await PostAsync(adminB, "/api/bookings/class-types",
            new { name = $"Spin {marker}", description = $"Secret sauce {marker}", defaultCapacity = 12, durationMinutes = 45 }, ct);
        targets.AddId("class-types", classType.GetProperty("id").GetGuid(), "B's class type");
        var schedule = await PostAsync(adminB, "/api/bookings/class-schedules", new
        {
            classTypeId = classType.GetProperty("id").GetGuid(),
            locationId = location.GetProperty("id").GetGuid(),
            coachId,
            startDate = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            localStartTime = "06:30:00",
            recurrenceRule = "FREQ=WEEKLY;BYDAY=TU,SA",
        }, ct);
        targets.AddId("class-schedules", schedule.GetProperty("id").GetGuid(), "B's class schedule");
        var session = await PostAsync(adminB, "/api/bookings/class-sessions", new
        {
            classTypeId = classType.GetProperty("id").GetGuid(),
            locationId = location.GetProperty("id").GetGuid(),
            coachId,
            startsAtUtc = DateTime.UtcNow.Date.AddDays(5).AddHours(7),
            capacity = 8,
        }, ct);
        targets.AddId("class-sessions", session.GetProperty("id").GetGuid(), "B's class session");

        using var member = await context.Fixture.LoginAsync(context.Victim.Name, $"member-{marker}");
        var booking = await PostAsync(member, "/api/bookings/bookings", new { classSessionId = session.GetProperty("id").GetGuid() }, ct);
        targets.AddId("bookings", booking.GetProperty("id").GetGuid(), "B's booking");
    }
}
