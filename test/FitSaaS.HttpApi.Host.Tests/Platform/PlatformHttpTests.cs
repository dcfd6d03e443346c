using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FitSaaS.Testing;
using FitSaaS.TenantManagement;

namespace FitSaaS.HttpApi.Host.Tests.Platform;

public sealed class PlatformHttpTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    [Fact]
    public async Task Health_LiveAndReady_Return200()
    {
        using var client = fixture.CreateClient();

        (await client.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);

        // Not "Degraded": on PostgreSQL the application's role is subject to row-level security (no superuser, no BYPASSRLS).
        var report = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;
        report.GetProperty("status").GetString().ShouldBe("Healthy");
        report.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("name").GetString() == "row-level-security")
            .GetProperty("status").GetString().ShouldBe("Healthy");
    }

    [Fact]
    public async Task SwaggerDocument_ListsAutoApiRoutesAndBearerScheme()
    {
        using var client = fixture.CreateClient();

        var json = await client.GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative));

        json.ShouldContain("/api/tenant-management/tenants/{id}/deactivate");
        json.ShouldContain("/api/account/register");
        json.ShouldContain("bearer");
        var document = JsonDocument.Parse(json).RootElement;
        document.GetProperty("paths").GetProperty("/api/tenant-management/tenants/{id}/deactivate").GetProperty("post")
            .GetProperty("summary").GetString().ShouldStartWith("Deactivates a tenant");
    }

    [Fact]
    public async Task Discovery_AndJwks_PublishTheSigningKey()
    {
        using var client = fixture.CreateClient();

        var discovery = JsonDocument.Parse(await client.GetStringAsync(new Uri("/.well-known/openid-configuration", UriKind.Relative))).RootElement;
        var jwks = JsonDocument.Parse(await client.GetStringAsync(new Uri("/.well-known/jwks", UriKind.Relative))).RootElement;

        discovery.GetProperty("token_endpoint").GetString().ShouldEndWith("/connect/token");
        var key = jwks.GetProperty("keys")[0];
        key.GetProperty("kty").GetString().ShouldBe("RSA");
        key.GetProperty("alg").GetString().ShouldBe("RS256");
        key.TryGetProperty("d", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Token_WrongPassword_IsInvalidGrant()
    {
        using var response = await fixture.RequestTokenAsync(null, "admin", "wrong-password");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString().ShouldBe("invalid_grant");
    }

    [Fact]
    public async Task Token_Refresh_RotatesAndRejectsReuse()
    {
        using var login = await fixture.RequestTokenAsync(null, "admin", TestUsers.Password);
        var first = JsonDocument.Parse(await login.Content.ReadAsStringAsync()).RootElement.GetProperty("refresh_token").GetString()!;

        using var refreshed = await RefreshAsync(first);
        using var reused = await RefreshAsync(first);

        refreshed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var second = JsonDocument.Parse(await refreshed.Content.ReadAsStringAsync()).RootElement.GetProperty("refresh_token").GetString()!;
        second.ShouldNotBe(first);
        reused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var familyRevoked = await RefreshAsync(second);
        familyRevoked.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task TamperedToken_Is401InvalidToken()
    {
        using var admin = await fixture.CreateHostAdminClientAsync();
        var token = admin.DefaultRequestHeaders.Authorization!.Parameter!;
        using var client = fixture.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token[..^4] + (token[^4..] == "AAAA" ? "BBBB" : "AAAA"));

        using var response = await client.GetAsync(new Uri("/api/account/my-profile", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await ProblemCodeAsync(response)).ShouldBe("Authorization:InvalidToken");
    }

    [Fact]
    public async Task Anonymous_OnProtectedEndpoint_Is401Problem()
    {
        using var client = fixture.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/tenant-management/tenants", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await ProblemCodeAsync(response)).ShouldBe("Authorization:Unauthenticated");
    }

    [Fact]
    public async Task UnknownTenantHeader_Is404TenantNotFound()
    {
        using var client = fixture.CreateClient();
        client.DefaultRequestHeaders.Add("__tenant", "no-such-gym");

        using var response = await client.GetAsync(new Uri("/api/account/my-profile", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ProblemCodeAsync(response)).ShouldBe("TenantManagement:TenantNotFound");
    }

    [Fact]
    public async Task TenantLifecycle_CreateListDeactivateReactivateDelete()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var host = await fixture.CreateHostAdminClientAsync();
        using var tenantAdmin = await fixture.LoginAsync(tenant.Name, "admin");

        var list = await host.GetFromJsonAsync<JsonElement>(new Uri($"/api/tenant-management/tenants?filter={tenant.Name}", UriKind.Relative));
        list.GetProperty("totalCount").GetInt64().ShouldBe(1);

        (await host.PostAsync(new Uri($"/api/tenant-management/tenants/{tenant.Id}/deactivate", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        using (var refused = await tenantAdmin.GetAsync(new Uri("/api/account/my-profile", UriKind.Relative)))
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await ProblemCodeAsync(refused)).ShouldBe("TenantManagement:TenantInactive");
        }

        using (var loginRefused = await fixture.RequestTokenAsync(tenant.Name, "admin", TestUsers.Password))
        {
            loginRefused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }

        (await host.PostAsync(new Uri($"/api/tenant-management/tenants/{tenant.Id}/activate", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await tenantAdmin.GetAsync(new Uri("/api/account/my-profile", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await host.DeleteAsync(new Uri($"/api/tenant-management/tenants/{tenant.Id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await host.GetAsync(new Uri($"/api/tenant-management/tenants/{tenant.Id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task CreateTenant_DuplicateName_Is409_AndBadInputIs400WithErrors()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var host = await fixture.CreateHostAdminClientAsync();

        using var duplicate = await host.PostAsJsonAsync("/api/tenant-management/tenants", new { name = tenant.Name, adminEmail = "x@y.test", adminPassword = TestUsers.Password });
        using var invalid = await host.PostAsJsonAsync("/api/tenant-management/tenants", new { name = "Bad Name!", adminEmail = "nope", adminPassword = "1" });
        using var weakPassword = await host.PostAsJsonAsync("/api/tenant-management/tenants", new { name = "weak-pw-gym", adminEmail = "a@b.test", adminPassword = "password" });

        duplicate.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ProblemCodeAsync(duplicate)).ShouldBe(TenantManagementErrorCodes.DuplicateTenantName);
        invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = JsonDocument.Parse(await invalid.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        errors.TryGetProperty("name", out _).ShouldBeTrue();
        errors.TryGetProperty("adminEmail", out _).ShouldBeTrue();
        weakPassword.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        JsonDocument.Parse(await weakPassword.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty("adminPassword", out _).ShouldBeTrue();
        (await host.GetFromJsonAsync<JsonElement>(new Uri("/api/tenant-management/tenants?filter=weak-pw-gym", UriKind.Relative))).GetProperty("totalCount").GetInt64().ShouldBe(0);
    }

    [Fact]
    public async Task TenantAdmin_CannotManageTenants_AndHeaderCannotSwitchTenant()
    {
        var a = await fixture.CreateTenantAsync();
        var b = await fixture.CreateTenantAsync();
        using var adminA = await fixture.LoginAsync(a.Name, "admin");

        using var forbidden = await adminA.GetAsync(new Uri("/api/tenant-management/tenants", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/account/my-profile");
        request.Headers.Add("__tenant", b.Name);
        using var forged = await adminA.SendAsync(request);

        forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ProblemCodeAsync(forbidden)).ShouldBe("Authorization:Forbidden");
        forged.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ProblemCodeAsync(forged)).ShouldBe("TenantManagement:TenantMismatch");
    }

    [Fact]
    public async Task Users_AreUniquePerTenant_NotGlobally()
    {
        var a = await fixture.CreateTenantAsync();
        var b = await fixture.CreateTenantAsync();

        var (idA, clientA) = await fixture.RegisterMemberAsync(a.Name, "sam");
        var (idB, clientB) = await fixture.RegisterMemberAsync(b.Name, "sam");
        using var wrongTenant = await fixture.RequestTokenAsync(b.Name, "admin", "wrong");

        idA.ShouldNotBe(idB);
        var profile = await clientA.GetFromJsonAsync<JsonElement>(new Uri("/api/account/my-profile", UriKind.Relative));
        profile.GetProperty("tenantId").GetGuid().ShouldBe(a.Id);
        profile.GetProperty("roles")[0].GetString().ShouldBe("member");
        wrongTenant.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        clientA.Dispose();
        clientB.Dispose();
    }

    private async Task<HttpResponseMessage> RefreshAsync(string refreshToken)
    {
        using var client = fixture.CreateClient();
        return await client.PostAsync(new Uri("/connect/token", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = "FitSaaS_App",
            ["refresh_token"] = refreshToken,
        }));
    }

    private static async Task<string?> ProblemCodeAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString();
}
