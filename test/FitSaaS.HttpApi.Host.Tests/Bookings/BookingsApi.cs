using System.Net.Http.Json;
using System.Text.Json;
using FitSaaS.Bookings;
using FitSaaS.Testing;

namespace FitSaaS.HttpApi.Host.Tests.Bookings;

/// <summary>Routes and small HTTP helpers of the Bookings API.</summary>
public static class BookingsApi
{
    public const string LocationsRoute = "/api/bookings/locations";
    public const string ClassTypesRoute = "/api/bookings/class-types";
    public const string ClassSessionsRoute = "/api/bookings/class-sessions";
    public const string BookingsRoute = "/api/bookings/bookings";

    public static Uri Relative(string path) => new(path, UriKind.Relative);

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return (await response.Content.ReadFromJsonAsync<T>(TestJson.Options))!;
    }

    public static async Task<T> PostAsync<T>(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(path, body, TestJson.Options);
        return await ReadAsync<T>(response);
    }

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>The tenant's admin sets tenant settings (<c>PUT /api/setting-management/settings/tenant</c>).</summary>
    public static async Task SetTenantSettingsAsync(HttpClient admin, params (string Name, string Value)[] settings)
    {
        using var response = await admin.PutAsJsonAsync("/api/setting-management/settings/tenant",
            new { settings = settings.Select(s => new { name = s.Name, value = s.Value }).ToArray() }, TestJson.Options);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>An instant <paramref name="minutes"/> from now in whole seconds, which both databases store exactly.</summary>
    public static DateTime StartsIn(int minutes)
    {
        var at = DateTime.UtcNow.AddMinutes(minutes);
        return new DateTime(at.Ticks - (at.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
    }

    /// <summary>Admin of the tenant creates a location, a class type and a session; returns the session.</summary>
    public static async Task<ClassSessionDto> CreateSessionAsync(HttpClient admin, int capacity, DateTime startsAtUtc)
    {
        var location = await PostAsync<LocationDto>(admin, LocationsRoute, new { name = "Downtown", timeZoneId = "America/New_York" });
        var classType = await PostAsync<ClassTypeDto>(admin, ClassTypesRoute, new { name = "WOD", description = "Workout of the day", defaultCapacity = 16, durationMinutes = 60 });
        return await PostAsync<ClassSessionDto>(admin, ClassSessionsRoute, new { classTypeId = classType.Id, locationId = location.Id, startsAtUtc, capacity });
    }
}
