using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FitSaaS.EntityFrameworkCore;
using FitSaaS.EntityFrameworkCore.Identity;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Identity;
using FitSaaS.TenantManagement;
using FitSaaS.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;

namespace FitSaaS.HttpApi.Host.Tests.Identity;

/// <summary>The token server on OpenIddict: what it must keep doing for resource servers, clients and tenants.</summary>
public sealed class OpenIddictTokenServerTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    [Fact]
    public async Task AccessToken_IsAPlainRs256Jwt_WithTheKitsClaims_VerifiableAgainstTheJwks()
    {
        var tenant = await fixture.CreateTenantAsync();
        var tokens = await TokensAsync(await fixture.RequestTokenAsync(tenant.Name, IdentityConsts.AdminUserName, TestUsers.Password));
        var accessToken = tokens.GetProperty("access_token").GetString()!;
        using var anonymous = fixture.CreateClient();
        var jwks = new JsonWebKeySet(await anonymous.GetStringAsync(new Uri("/.well-known/jwks", UriKind.Relative)));
        var discovery = await anonymous.GetFromJsonAsync<JsonElement>(new Uri("/.well-known/openid-configuration", UriKind.Relative));

        var jwt = new JsonWebToken(accessToken);
        var validation = await new JsonWebTokenHandler().ValidateTokenAsync(accessToken, new TokenValidationParameters
        {
            ValidIssuer = discovery.GetProperty("issuer").GetString(),
            ValidAudience = "fitsaas-api",
            IssuerSigningKeys = jwks.GetSigningKeys(),
        });

        accessToken.Split('.').Length.ShouldBe(3);
        jwt.Alg.ShouldBe(SecurityAlgorithms.RsaSha256);
        validation.IsValid.ShouldBeTrue(validation.Exception?.Message);
        jwt.GetClaim("sub").Value.ShouldBe(tenant.AdminUserId.ToString());
        jwt.GetClaim("name").Value.ShouldBe(IdentityConsts.AdminUserName);
        jwt.GetClaim("tenantid").Value.ShouldBe(tenant.Id.ToString());
        jwt.GetClaim("client_id").Value.ShouldBe(IdentityConsts.DefaultClientId);
        jwt.Claims.Where(c => c.Type == "role").Select(c => c.Value).ShouldContain(IdentityConsts.AdminRole);
        jwt.Claims.ShouldNotContain(c => c.Type == TokenService.SecurityStampClaim);
        foreach (var endpoint in new[] { "token_endpoint", "revocation_endpoint", "introspection_endpoint", "userinfo_endpoint", "jwks_uri" })
        {
            discovery.TryGetProperty(endpoint, out _).ShouldBeTrue(endpoint);
        }
    }

    [Fact]
    public async Task Refresh_AfterLockOrDeactivation_IsInvalidGrant()
    {
        var tenant = await fixture.CreateTenantAsync();
        var locked = await fixture.CreateUserAsync(tenant.Name, "to-lock", IdentityConsts.MemberRole);
        var deactivated = await fixture.CreateUserAsync(tenant.Name, "to-deactivate", IdentityConsts.MemberRole);
        var lockedRefresh = (await TokensAsync(await fixture.RequestTokenAsync(tenant.Name, "to-lock", TestUsers.Password))).GetProperty("refresh_token").GetString()!;
        var deactivatedRefresh = (await TokensAsync(await fixture.RequestTokenAsync(tenant.Name, "to-deactivate", TestUsers.Password))).GetProperty("refresh_token").GetString()!;
        using var admin = await fixture.LoginAsync(tenant.Name, IdentityConsts.AdminUserName);

        (await admin.PostAsJsonAsync($"/api/identity/users/{locked}/lock", new { minutes = 30 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.PutAsJsonAsync($"/api/identity/users/{deactivated}", new { email = "off@example.test", isActive = false })).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var afterLock = await RefreshAsync(lockedRefresh);
        using var afterDeactivation = await RefreshAsync(deactivatedRefresh);

        afterLock.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await afterLock.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString().ShouldBe("invalid_grant");
        afterDeactivation.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Refresh_WithoutTenantHeader_StaysInTheTokensTenant_AndRotates()
    {
        var tenant = await fixture.CreateTenantAsync();
        var first = (await TokensAsync(await fixture.RequestTokenAsync(tenant.Name, IdentityConsts.AdminUserName, TestUsers.Password))).GetProperty("refresh_token").GetString()!;

        var refreshed = await TokensAsync(await RefreshAsync(first));
        using var otherTenantHeader = await RefreshAsync(refreshed.GetProperty("refresh_token").GetString()!, tenantName: (await fixture.CreateTenantAsync()).Name);

        new JsonWebToken(refreshed.GetProperty("access_token").GetString()).GetClaim("tenantid").Value.ShouldBe(tenant.Id.ToString());
        refreshed.GetProperty("refresh_token").GetString().ShouldNotBe(first);
        otherTenantHeader.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Revocation_OfTheLatestRefreshToken_RevokesItsWholeFamily()
    {
        var tenant = await fixture.CreateTenantAsync();
        var userId = await fixture.CreateUserAsync(tenant.Name, "family", IdentityConsts.MemberRole);
        var first = (await TokensAsync(await fixture.RequestTokenAsync(tenant.Name, "family", TestUsers.Password))).GetProperty("refresh_token").GetString()!;
        var second = (await TokensAsync(await RefreshAsync(first))).GetProperty("refresh_token").GetString()!;
        using var client = fixture.CreateClient();

        using var revoked = await client.PostAsync(new Uri("/connect/revocation", UriKind.Relative),
            Form(("token", second), ("client_id", IdentityConsts.DefaultClientId)));
        using var afterRevocation = await RefreshAsync(second);

        revoked.StatusCode.ShouldBe(HttpStatusCode.OK);
        afterRevocation.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var inTenant = fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenant.Id);
        await using var scope = fixture.Services.CreateAsyncScope();
        var tokens = scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>();
        var statuses = new List<string?>();
        await foreach (var token in tokens.FindBySubjectAsync(userId.ToString()))
        {
            statuses.Add(await tokens.GetStatusAsync(token));
        }

        // Two access tokens and two refresh tokens of one sign-in: all revoked with the family.
        statuses.Count.ShouldBe(4);
        statuses.ShouldAllBe(status => status == OpenIddictConstants.Statuses.Revoked);
    }

    [Fact]
    public async Task Introspection_AndUserInfo()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, IdentityConsts.AdminUserName);
        var created = await (await admin.PostAsJsonAsync("/api/identity/clients", new { clientId = $"{tenant.Name}-intro", displayName = "Introspector" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var clientId = created.GetProperty("client").GetProperty("clientId").GetString()!;
        var secret = created.GetProperty("clientSecret").GetString()!;
        using var anonymous = fixture.CreateClient();
        using var tokenResponse = await anonymous.PostAsync(new Uri("/connect/token", UriKind.Relative),
            Form(("grant_type", "client_credentials"), ("client_id", clientId), ("client_secret", secret)));
        var machineToken = (await TokensAsync(tokenResponse)).GetProperty("access_token").GetString()!;

        var active = await IntrospectAsync(anonymous, clientId, secret, machineToken);
        var garbage = await IntrospectAsync(anonymous, clientId, secret, "not-a-token");
        var userInfo = await admin.GetFromJsonAsync<JsonElement>(new Uri("/connect/userinfo", UriKind.Relative));

        active.GetProperty("active").GetBoolean().ShouldBeTrue();
        active.GetProperty("client_id").GetString().ShouldBe(clientId);
        garbage.GetProperty("active").GetBoolean().ShouldBeFalse();
        userInfo.GetProperty("sub").GetString().ShouldBe(tenant.AdminUserId.ToString());
        userInfo.GetProperty("tenantid").GetString().ShouldBe(tenant.Id.ToString());
        userInfo.GetProperty("name").GetString().ShouldBe(IdentityConsts.AdminUserName);
    }

    [Fact]
    public async Task TokenEntriesAndClients_BelongToTheirTenant_AndPurgeRemovesThem()
    {
        var tenant = await fixture.CreateTenantAsync();
        var other = await fixture.CreateTenantAsync();
        using (var admin = await fixture.LoginAsync(tenant.Name, IdentityConsts.AdminUserName))
        {
            (await admin.PostAsJsonAsync("/api/identity/clients", new { clientId = $"{tenant.Name}-purge", displayName = "Purged" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using (await fixture.LoginAsync(other.Name, IdentityConsts.AdminUserName))
        {
        }

        var before = await CountAsync(tenant.Id);
        var otherBefore = await CountAsync(other.Id);
        using var host = await fixture.CreateHostAdminClientAsync();
        (await host.DeleteAsync(new Uri($"/api/tenant-management/tenants/{tenant.Id}", UriKind.Relative))).IsSuccessStatusCode.ShouldBeTrue();
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<FitSaaS.EntityFrameworkCore.TenantManagement.TenantPurgeService>().PurgeAsync(tenant.Id.ToString(), dropDatabase: false);
        }

        before.Applications.ShouldBe(1);
        before.Tokens.ShouldBeGreaterThan(0);
        before.Authorizations.ShouldBeGreaterThan(0);
        (await CountAsync(tenant.Id)).ShouldBe((0, 0, 0));
        (await CountAsync(other.Id)).ShouldBe(otherBefore);
    }

    private async Task<(int Applications, int Authorizations, int Tokens)> CountAsync(Guid tenantId)
    {
        using var _ = fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenantId);
        await using var scope = fixture.Services.CreateAsyncScope();
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextForTenantAsync(null);
        return (await db.Set<OAuthApplication>().CountAsync(a => a.TenantId == tenantId),
            await db.Set<OAuthAuthorization>().CountAsync(a => a.TenantId == tenantId),
            await db.Set<OAuthToken>().CountAsync(t => t.TenantId == tenantId));
    }

    private static async Task<JsonElement> IntrospectAsync(HttpClient client, string clientId, string secret, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/introspect") { Content = Form(("token", token)) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{secret}")));
        using var response = await client.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<HttpResponseMessage> RefreshAsync(string refreshToken, string? tenantName = null)
    {
        using var client = fixture.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
        {
            Content = Form(("grant_type", "refresh_token"), ("client_id", IdentityConsts.DefaultClientId), ("refresh_token", refreshToken)),
        };
        if (tenantName is not null)
        {
            request.Headers.Add("__tenant", tenantName);
        }

        return await client.SendAsync(request);
    }

    private static async Task<JsonElement> TokensAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
            return JsonDocument.Parse(body).RootElement.Clone();
        }
    }

    private static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));
}
