using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using FitSaaS.Testing;

namespace FitSaaS.HttpApi.Host.Tests.Caching;

/// <summary>The host with <c>Redis:Configuration</c> pointing at the test's Redis (FitSaaS_Test__Redis) under a key prefix of its own.</summary>
public sealed class RedisWebFixture : FitSaaSWebFixture
{
    public static string? Redis => Environment.GetEnvironmentVariable("FitSaaS_Test__Redis") is { Length: > 0 } value ? value : null;

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings =>
        Redis is { } redis
            ? [new("Redis:Configuration", redis), new("Cache:KeyPrefix", $"web-{Guid.NewGuid():N}:")]
            : [];
}

/// <summary>The host with <c>Redis:Configuration</c> pointing at a loopback port nobody listens on (Redis down from the start).</summary>
public sealed class UnreachableRedisWebFixture : FitSaaSWebFixture
{
    public const string Password = "not-a-real-secret-5f3a";

    public static int Port { get; } = LoopbackPorts.Free();

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings =>
        [new("Redis:Configuration", $"127.0.0.1:{Port},password={Password},connectTimeout=300,syncTimeout=300")];

    protected override string StartupProbePath => "/health/live";

}

internal static class Readiness
{
    public static async Task<(HttpStatusCode Status, JsonElement Body, string Text)> GetAsync(FitSaaSWebFixture fixture)
    {
        using var client = fixture.CreateClient();
        using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        return (response.StatusCode, JsonDocument.Parse(text).RootElement, text);
    }

    public static Dictionary<string, (string Status, string? Description)> Entries(JsonElement body) =>
        body.GetProperty("entries").EnumerateArray().ToDictionary(
            e => e.GetProperty("name").GetString()!,
            e =>
            {
                e.GetProperty("duration").GetDouble().ShouldBeGreaterThanOrEqualTo(0);
                return (e.GetProperty("status").GetString()!, e.GetProperty("description").GetString());
            });
}

public sealed class ReadinessHttpTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    [Fact]
    public async Task Ready_WithoutRedis_ListsDatabaseAndScheduler_Healthy_AndNoRedis()
    {
        var (status, body, _) = await Readiness.GetAsync(fixture);

        status.ShouldBe(HttpStatusCode.OK);
        body.GetProperty("status").GetString().ShouldBe("Healthy");
        var entries = Readiness.Entries(body);
        entries["database"].Status.ShouldBe("Healthy");
        entries["scheduler"].Status.ShouldBe("Healthy");
        entries["scheduler"].Description.ShouldBe("The job server is heartbeating.");
        entries.ShouldNotContainKey("redis");
    }

    [Fact]
    public async Task Live_RunsNoCheck()
    {
        using var client = fixture.CreateClient();
        using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

        live.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await live.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }
}

public sealed class RedisReadinessHttpTests(RedisWebFixture fixture) : IClassFixture<RedisWebFixture>
{
    [Fact]
    public async Task Ready_WithRedis_ListsRedisHealthy()
    {
        Assert.SkipWhen(RedisWebFixture.Redis is null, "needs a Redis server: set FitSaaS_Test__Redis (etc/scripts/test.sh does)");

        var (status, body, text) = await Readiness.GetAsync(fixture);

        status.ShouldBe(HttpStatusCode.OK);
        var entries = Readiness.Entries(body);
        entries["redis"].Status.ShouldBe("Healthy"); // AspNetCore.HealthChecks.Redis on the shared multiplexer: PING answered
        entries["database"].Status.ShouldBe("Healthy");
        entries["scheduler"].Status.ShouldBe("Healthy");
        text.ShouldNotContain("password", Case.Insensitive);
    }

    [Fact]
    public async Task Requests_WithRedis_CreateTenantSignInAndReadConfiguration()
    {
        Assert.SkipWhen(RedisWebFixture.Redis is null, "needs a Redis server: set FitSaaS_Test__Redis (etc/scripts/test.sh does)");
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");

        // Twice: the second answer comes from the cache (grants, features, settings, tenant).
        for (var i = 0; i < 2; i++)
        {
            using var configuration = await admin.GetAsync(new Uri("/api/application-configuration", UriKind.Relative));
            configuration.StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }
}

public sealed class CacheOutageHttpTests(UnreachableRedisWebFixture fixture) : IClassFixture<UnreachableRedisWebFixture>
{
    [Fact]
    public async Task Ready_RedisConfiguredButDown_Is503_WithRedisUnhealthy_AndNoSecret()
    {
        var (status, body, text) = await Readiness.GetAsync(fixture);

        status.ShouldBe(HttpStatusCode.ServiceUnavailable);
        body.GetProperty("status").GetString().ShouldBe("Unhealthy");
        var entries = Readiness.Entries(body);
        entries["redis"].Status.ShouldBe("Unhealthy");
        entries["redis"].Description.ShouldBe("The check failed (RedisConnectionException)."); // the exception reduced to its type
        entries["database"].Status.ShouldBe("Healthy");
        entries["scheduler"].Status.ShouldBe("Healthy");
        text.ShouldNotContain(UnreachableRedisWebFixture.Password);
        text.ShouldNotContain(UnreachableRedisWebFixture.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Requests_RedisDown_StillSucceed_AndChangesApplyAtOnce()
    {
        // Token (user, grants), tenant creation (host permissions, editions, settings), tenant sign-in: all through the cache.
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        using (var configuration = await admin.GetAsync(new Uri("/api/application-configuration", UriKind.Relative)))
        {
            configuration.StatusCode.ShouldBe(HttpStatusCode.OK);
            var body = JsonDocument.Parse(await configuration.Content.ReadAsStringAsync()).RootElement;
            body.GetProperty("currentTenant").GetProperty("id").GetGuid().ShouldBe(tenant.Id);
        }

        // The source of truth answers: a deactivation is enforced on the next request, a reactivation too.
        using var host = await fixture.CreateHostAdminClientAsync();
        (await host.PostAsync(new Uri($"/api/tenant-management/tenants/{tenant.Id}/deactivate", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        using (var refused = await admin.GetAsync(new Uri("/api/application-configuration", UriKind.Relative)))
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString().ShouldBe("TenantManagement:TenantInactive");
        }

        (await host.PostAsync(new Uri($"/api/tenant-management/tenants/{tenant.Id}/activate", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var again = await admin.GetAsync(new Uri("/api/application-configuration", UriKind.Relative));
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
