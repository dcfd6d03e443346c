using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FitSaaS.Identity;
using FitSaaS.Testing;

namespace FitSaaS.HttpApi.Host.Tests.TenantManagement;

public sealed class TenantLifecycleHttpTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    private const string TenantsRoute = "/api/tenant-management/tenants";

    [Fact]
    public async Task Deactivate_RejectsPasswordRefreshAndBearerAtOnce_ReactivateRestoresThem()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var host = await fixture.CreateHostAdminClientAsync();
        var tokens = await ReadTokenAsync(await fixture.RequestTokenAsync(tenant.Name, IdentityConsts.AdminUserName, TestUsers.Password));
        using var bearer = fixture.CreateClient();
        bearer.DefaultRequestHeaders.Authorization = new("Bearer", tokens.GetProperty("access_token").GetString());
        var refreshToken = tokens.GetProperty("refresh_token").GetString()!;

        (await host.PostAsync(Relative($"{TenantsRoute}/{tenant.Id}/deactivate"), null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        using (var password = await fixture.RequestTokenAsync(tenant.Name, IdentityConsts.AdminUserName, TestUsers.Password))
        {
            password.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }

        using (var refresh = await RefreshAsync(refreshToken))
        {
            refresh.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await refresh.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString().ShouldBe("invalid_grant");
        }

        (await bearer.GetAsync(Relative("/api/account/my-profile"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await host.PostAsync(Relative($"{TenantsRoute}/{tenant.Id}/activate"), null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await bearer.GetAsync(Relative("/api/account/my-profile"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        using (var refreshed = await RefreshAsync(refreshToken))
        {
            refreshed.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var again = await fixture.RequestTokenAsync(tenant.Name, IdentityConsts.AdminUserName, TestUsers.Password);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task HostNames_SubdomainAndCustomDomain_ResolveTheTenant()
    {
        var tenant = await fixture.CreateTenantAsync();
        var other = await fixture.CreateTenantAsync();
        using var host = await fixture.CreateHostAdminClientAsync();
        var domain = $"book.{tenant.Name}.example.com";

        // Not anyone's domain yet: the request stays on the host (the host admin signs in).
        (await TenantOfTokenAsync(await TokenWithHostAsync(domain))).ShouldBeNull();

        using (var added = await host.PostAsJsonAsync($"{TenantsRoute}/{tenant.Id}/domain", new { hostName = domain.ToUpperInvariant() }, TestJson.Options))
        {
            added.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("domains")[0].GetString().ShouldBe(domain);
        }

        using (var duplicate = await host.PostAsJsonAsync($"{TenantsRoute}/{other.Id}/domain", new { hostName = domain }, TestJson.Options))
        {
            duplicate.StatusCode.ShouldBe(HttpStatusCode.Conflict);
            (await ProblemCodeAsync(duplicate)).ShouldBe("TenantManagement:DuplicateDomain");
        }

        using (var invalid = await host.PostAsJsonAsync($"{TenantsRoute}/{other.Id}/domain", new { hostName = "-bad-.example" }, TestJson.Options))
        {
            invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        using (var tenantAdmin = await fixture.LoginAsync(tenant.Name, IdentityConsts.AdminUserName))
        using (var forbidden = await tenantAdmin.PostAsJsonAsync($"{TenantsRoute}/{tenant.Id}/domain", new { hostName = "x.example.org" }, TestJson.Options))
        {
            forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }

        (await TenantOfTokenAsync(await TokenWithHostAsync(domain))).ShouldBe(tenant.Id.ToString());
        (await TenantOfTokenAsync(await TokenWithHostAsync($"{other.Name}.fitsaas.test"))).ShouldBe(other.Id.ToString());

        (await host.DeleteAsync(Relative($"{TenantsRoute}/{tenant.Id}/domain?hostName={domain}"))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await TenantOfTokenAsync(await TokenWithHostAsync(domain))).ShouldBeNull();
    }

    private async Task<HttpResponseMessage> TokenWithHostAsync(string hostName)
    {
        using var client = fixture.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "password",
                ["client_id"] = IdentityConsts.DefaultClientId,
                ["username"] = IdentityConsts.AdminUserName,
                ["password"] = TestUsers.Password,
            }),
        };
        request.Headers.Host = hostName;
        return await client.SendAsync(request);
    }

    private async Task<HttpResponseMessage> RefreshAsync(string refreshToken)
    {
        using var client = fixture.CreateClient();
        return await client.PostAsync(Relative("/connect/token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = IdentityConsts.DefaultClientId,
            ["refresh_token"] = refreshToken,
        }));
    }

    /// <summary>The tenant id claim of the access token in a token response (null for a host user).</summary>
    private static async Task<string?> TenantOfTokenAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var token = (await ReadTokenAsync(response)).GetProperty("access_token").GetString()!;
            var payload = token.Split('.')[1];
            var json = JsonDocument.Parse(Convert.FromBase64String(payload.Replace('-', '+').Replace('_', '/').PadRight((payload.Length + 3) / 4 * 4, '='))).RootElement;
            return json.TryGetProperty("tenantid", out var tenantId) ? tenantId.GetString() : null;
        }
    }

    private static async Task<JsonElement> ReadTokenAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue(body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task<string?> ProblemCodeAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString();

    private static Uri Relative(string path) => new(path, UriKind.Relative);
}
