using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FitSaaS.Framework.Features;
using FitSaaS.Identity;
using FitSaaS.Programs;
using FitSaaS.Testing;

namespace FitSaaS.HttpApi.Host.Tests.Programs;

/// <summary>The Programs feature (<see cref="ProgramsFeatures.Enabled"/>) over HTTP: off for a tenant, every Programs route answers 403.</summary>
public sealed class ProgramsFeatureHttpTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    private const string TenantsRoute = "/api/feature-management/tenants";

    [Fact]
    public async Task ProgramsDisabled_EveryProgramsEndpointIs403NotEnabledForThatTenantOnly()
    {
        var closed = await fixture.CreateTenantAsync();
        var open = await fixture.CreateTenantAsync();
        using var host = await fixture.CreateHostAdminClientAsync();
        (await PutOverridesAsync(host, closed.Id, (ProgramsFeatures.Enabled, "false"))).EnsureSuccessStatusCode();
        using var closedAdmin = await fixture.LoginAsync(closed.Name, IdentityConsts.AdminUserName);
        using var openAdmin = await fixture.LoginAsync(open.Name, IdentityConsts.AdminUserName);
        var operations = await ProgramsOperationsAsync();

        foreach (var (method, path) in operations)
        {
            using var response = await SendAsync(closedAdmin, method, path);
            var problem = await ProblemAsync(response);
            ((int)response.StatusCode).ShouldBe(403, $"{method} {path}");
            problem.GetProperty("code").GetString().ShouldBe(FeatureErrorCodes.NotEnabled);
            problem.GetProperty("data").GetProperty("feature").GetString().ShouldBe(ProgramsFeatures.Enabled);
        }

        operations.Count.ShouldBeGreaterThanOrEqualTo(5);
        using var openList = await openAdmin.GetAsync(new Uri("/api/programs/exercises", UriKind.Relative));
        openList.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var hostList = await host.GetAsync(new Uri("/api/programs/exercises", UriKind.Relative));
        hostList.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static Task<HttpResponseMessage> PutOverridesAsync(HttpClient client, Guid tenantId, params (string Name, string? Value)[] values) =>
        client.PutAsJsonAsync($"{TenantsRoute}/{tenantId}/features", new { features = values.Select(v => new { name = v.Name, value = v.Value }).ToArray() }, TestJson.Options);

    private async Task<List<(string Method, string Path)>> ProgramsOperationsAsync()
    {
        using var client = fixture.CreateClient();
        var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative)));
        var operations = new List<(string, string)>();
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject().Where(p => p.Name.StartsWith("/api/programs/", StringComparison.Ordinal)))
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                operations.Add((operation.Name.ToUpperInvariant(), path.Name.Replace("{id}", Guid.NewGuid().ToString(), StringComparison.Ordinal)));
            }
        }

        return operations;
    }

    // A body and a query every Programs route accepts as valid input (each reads the fields it knows), so only the feature
    // check can refuse the call.
    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), method == "GET" ? $"{path}?from=2026-12-01&to=2026-12-02&date=2026-12-01" : path);
        if (method is "POST" or "PUT")
        {
            // One body valid for every Programs create/update input (unknown properties are ignored): validation runs before the
            // feature check, so an invalid body would answer 400 instead of the 403 under test. A goal's input checks that a
            // body-metric goal names no workout, so goals get the body-metric goal alone.
            request.Content = path.StartsWith("/api/programs/goals", StringComparison.Ordinal)
                ? JsonContent.Create(new
                {
                    kind = GoalKind.BodyMetric,
                    metricId = BuiltInBodyMetrics.BodyWeight.Id,
                    targetValue = 75m,
                    dueDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30),
                    title = "Closed module probe",
                }, options: TestJson.Options)
                : JsonContent.Create(new
            {
                name = "Closed module probe",
                category = ExerciseCategory.Strongman,
                level = ExerciseLevel.Intermediate,
                equipment = ExerciseEquipment.Other,
                primaryMuscles = new[] { Muscle.Quadriceps },
                instructions = new[] { "Move." },
                unitKind = BodyMetricUnitKind.Mass,
                metricId = BuiltInBodyMetrics.BodyWeight.Id,
                value = 80m,
                kind = GoalKind.BodyMetric,
                targetValue = 75m,
                dueDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30),
                title = "Closed module probe",
                scoringType = ScoringType.ForTime,
                weeks = 1,
                days = Array.Empty<object>(),
                locationId = Guid.NewGuid(),
                trackId = Guid.NewGuid(),
                workoutId = Guid.NewGuid(),
                memberId = Guid.NewGuid(),
                date = "2026-12-01",
                startDate = "2026-12-01",
                dates = new[] { "2026-12-01" },
                performedAt = DateTime.UtcNow.AddHours(-1),
            }, options: TestJson.Options);
        }

        return client.SendAsync(request);
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        response.Content.Headers.ContentType.ShouldNotBeNull();
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
