using System.Net.Http.Json;
using System.Text.Json;
using FitSaaS.Testing;

namespace FitSaaS.HttpApi.Host.Tests.Isolation;

/// <summary>What a module's <see cref="IIsolationProbeSeed"/> works with: tenant B, its admin, the host admin, a marker to put in every name.</summary>
public sealed class IsolationProbeSeedContext(FitSaaSWebFixture fixture, TestTenant victim, HttpClient victimAdmin, HttpClient hostAdmin, string marker, ProbeTargets targets)
{
    /// <summary>The host under test.</summary>
    public FitSaaSWebFixture Fixture { get; } = fixture;

    /// <summary>Tenant B.</summary>
    public TestTenant Victim { get; } = victim;

    /// <summary>A client signed in as B's admin.</summary>
    public HttpClient VictimAdmin { get; } = victimAdmin;

    /// <summary>A client signed in as the host admin.</summary>
    public HttpClient HostAdmin { get; } = hostAdmin;

    /// <summary>A random marker (<c>zq…</c>) to put in every name and text, so any leak of B's data is found by it.</summary>
    public string Marker { get; } = marker;

    /// <summary>What the probe tries as tenant A and what must never leak.</summary>
    public ProbeTargets Targets { get; } = targets;

    /// <summary>POSTs <paramref name="body"/> as JSON and returns the answer; fails the test on an error status.</summary>
    public static async Task<JsonElement> PostAsync(HttpClient client, string url, object body, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.PostAsJsonAsync(url, body, TestJson.Options, ct);
        return await ReadAsync(response, ct);
    }

    /// <summary>GETs <paramref name="url"/> and returns the answer; fails the test on an error status.</summary>
    public static async Task<JsonElement> GetAsync(HttpClient client, string url, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), ct);
        return await ReadAsync(response, ct);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var body = await response.Content.ReadAsStringAsync(ct);
        response.IsSuccessStatusCode.ShouldBeTrue($"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
