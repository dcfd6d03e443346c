using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using FitSaaS.Identity;
using FitSaaS.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FitSaaS.HttpApi.Host.Tests.Platform;

public sealed class TokenSecurityTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    private const string ProfileUrl = "/api/account/my-profile";

    [Fact]
    public async Task CraftedTokens_WrongIssuerAudienceExpiredOrUnsigned_Are401_ControlTokenIs200()
    {
        var hostAdmin = await HostAdminIdAsync();
        var now = DateTime.UtcNow;

        var control = await SignAsync(hostAdmin, "http://localhost:5080", "fitsaas-api", now.AddMinutes(-1), now.AddMinutes(10));
        var wrongIssuer = await SignAsync(hostAdmin, "https://evil.example", "fitsaas-api", now.AddMinutes(-1), now.AddMinutes(10));
        var wrongAudience = await SignAsync(hostAdmin, "http://localhost:5080", "other-api", now.AddMinutes(-1), now.AddMinutes(10));
        var expired = await SignAsync(hostAdmin, "http://localhost:5080", "fitsaas-api", now.AddHours(-2), now.AddHours(-1));
        var unsigned = Unsigned(control);

        (await StatusWithAsync(control)).ShouldBe(HttpStatusCode.OK);
        (await StatusWithAsync(wrongIssuer)).ShouldBe(HttpStatusCode.Unauthorized);
        (await StatusWithAsync(wrongAudience)).ShouldBe(HttpStatusCode.Unauthorized);
        (await StatusWithAsync(expired)).ShouldBe(HttpStatusCode.Unauthorized);
        (await StatusWithAsync(unsigned)).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Lockout_AfterFiveWrongPasswords_EvenTheRightOneIsRefused()
    {
        var tenant = await fixture.CreateTenantAsync();
        await fixture.CreateUserAsync(tenant.Name, "guessme", IdentityConsts.MemberRole);

        for (var i = 0; i < 5; i++)
        {
            using var wrong = await fixture.RequestTokenAsync(tenant.Name, "guessme", "Wrong-pass1!");
            wrong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        using var right = await fixture.RequestTokenAsync(tenant.Name, "guessme", TestUsers.Password);

        right.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = await right.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("error").GetString().ShouldBe("invalid_grant");
        body.GetProperty("error_description").GetString()!.ShouldContain("locked");
    }

    [Fact]
    public async Task Lockout_FollowsTheTenantsSettings()
    {
        var tenant = await fixture.CreateTenantAsync();
        await fixture.CreateUserAsync(tenant.Name, "strict", IdentityConsts.MemberRole);
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        using var update = await admin.PutAsJsonAsync("/api/setting-management/settings/tenant",
            new { settings = new[] { new { name = "Identity.Lockout.MaxFailedAccessAttempts", value = "2" } } });
        update.IsSuccessStatusCode.ShouldBeTrue(await update.Content.ReadAsStringAsync());

        using (await fixture.RequestTokenAsync(tenant.Name, "strict", "Wrong-pass1!"))
        using (await fixture.RequestTokenAsync(tenant.Name, "strict", "Wrong-pass1!"))
        using (var right = await fixture.RequestTokenAsync(tenant.Name, "strict", TestUsers.Password))
        {
            (await right.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error_description").GetString()!.ShouldContain("locked");
        }
    }

    [Fact]
    public async Task Refresh_AfterPasswordChange_IsInvalidGrant()
    {
        var tenant = await fixture.CreateTenantAsync();
        var userId = await fixture.CreateUserAsync(tenant.Name, "changer", IdentityConsts.MemberRole);
        var refresh = await RefreshTokenOfAsync(tenant.Name, "changer");

        await InTenantAsync(tenant.Id, async users =>
        {
            var user = await users.FindByIdAsync(userId.ToString());
            (await users.ChangePasswordAsync(user!, TestUsers.Password, "N3w-Passw0rd!")).Succeeded.ShouldBeTrue();
        });
        using var response = await RefreshAsync(refresh);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString().ShouldBe("invalid_grant");
    }

    [Fact]
    public async Task Revocation_RevokesTheRefreshToken_AndIgnoresUnknownTokens()
    {
        var refresh = await RefreshTokenOfAsync(null, "admin");
        using var client = fixture.CreateClient();

        using var revoked = await client.PostAsync(new Uri("/connect/revocation", UriKind.Relative), Form(("token", refresh), ("client_id", IdentityConsts.DefaultClientId)));
        using var unknown = await client.PostAsync(new Uri("/connect/revocation", UriKind.Relative), Form(("token", "not-a-token"), ("client_id", IdentityConsts.DefaultClientId)));
        using var noClient = await client.PostAsync(new Uri("/connect/revocation", UriKind.Relative), Form(("token", refresh)));
        using var afterRevocation = await RefreshAsync(refresh);

        revoked.StatusCode.ShouldBe(HttpStatusCode.OK);
        unknown.StatusCode.ShouldBe(HttpStatusCode.OK);
        noClient.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        afterRevocation.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task KeyRotation_PublishesBothKeys_AndTokensOfThePreviousKeyStayValid()
    {
        using var before = await fixture.CreateHostAdminClientAsync();
        var oldKid = KeyIdOf(before);

        await fixture.Services.GetRequiredService<SigningKeyManager>().RotateAsync();
        using var after = await fixture.CreateHostAdminClientAsync();
        using var anonymous = fixture.CreateClient();
        var jwks = await anonymous.GetFromJsonAsync<JsonElement>(new Uri("/.well-known/jwks", UriKind.Relative));

        KeyIdOf(after).ShouldNotBe(oldKid);
        jwks.GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("kid").GetString()).ShouldContain(oldKid);
        jwks.GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("kid").GetString()).ShouldContain(KeyIdOf(after));
        (await before.GetAsync(new Uri(ProfileUrl, UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await after.GetAsync(new Uri(ProfileUrl, UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task UnsupportedGrantAndUnknownClient_FollowRfc6749()
    {
        using var client = fixture.CreateClient();

        using var grant = await client.PostAsync(new Uri("/connect/token", UriKind.Relative), Form(("grant_type", "implicit"), ("client_id", IdentityConsts.DefaultClientId)));
        using var unknownClient = await client.PostAsync(new Uri("/connect/token", UriKind.Relative), Form(("grant_type", "password"), ("client_id", "nope"), ("username", "admin"), ("password", "x")));
        using var notForm = await client.PostAsJsonAsync("/connect/token", new { grant_type = "password" });

        grant.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await grant.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString().ShouldBe("unsupported_grant_type");
        unknownClient.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await unknownClient.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString().ShouldBe("invalid_client");
        (await notForm.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString().ShouldBe("invalid_request");
    }

    private async Task<Guid> HostAdminIdAsync()
    {
        using var admin = await fixture.CreateHostAdminClientAsync();
        return (await admin.GetFromJsonAsync<ProfileDto>(ProfileUrl, TestJson.Options))!.Id;
    }

    private async Task<string> SignAsync(Guid userId, string issuer, string audience, DateTime notBefore, DateTime expires)
    {
        var key = await fixture.Services.GetRequiredService<SigningKeyManager>().GetSigningKeyAsync();
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity([new Claim("sub", userId.ToString()), new Claim("name", "admin"), new Claim("role", "admin")]),
            IssuedAt = notBefore,
            NotBefore = notBefore,
            Expires = expires,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
            // RFC 9068 access-token type, which OpenIddict's validation requires.
            TokenType = "at+jwt",
        });
    }

    private static string Unsigned(string token)
    {
        var payload = token.Split('.')[1];
        var header = Base64UrlEncoder.Encode("{\"alg\":\"none\",\"typ\":\"at+jwt\"}");
        return $"{header}.{payload}.";
    }

    private async Task<HttpStatusCode> StatusWithAsync(string token)
    {
        using var client = fixture.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.GetAsync(new Uri(ProfileUrl, UriKind.Relative));
        return response.StatusCode;
    }

    private async Task<string> RefreshTokenOfAsync(string? tenantName, string userName)
    {
        using var response = await fixture.RequestTokenAsync(tenantName, userName, TestUsers.Password);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("refresh_token").GetString()!;
    }

    private async Task<HttpResponseMessage> RefreshAsync(string refreshToken)
    {
        using var client = fixture.CreateClient();
        return await client.PostAsync(new Uri("/connect/token", UriKind.Relative),
            Form(("grant_type", "refresh_token"), ("client_id", IdentityConsts.DefaultClientId), ("refresh_token", refreshToken)));
    }

    private async Task InTenantAsync(Guid tenantId, Func<UserManager<AppUser>, Task> action)
    {
        using var _ = fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenantId);
        await using var scope = fixture.Services.CreateAsyncScope();
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
        await action(scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>());
        await unitOfWork.CompleteAsync();
    }

    private static string KeyIdOf(HttpClient client) =>
        new JsonWebToken(client.DefaultRequestHeaders.Authorization!.Parameter).Kid;

    private static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));
}
