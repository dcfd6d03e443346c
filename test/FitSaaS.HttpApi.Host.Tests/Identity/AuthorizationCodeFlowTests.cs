using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using FitSaaS.Identity;
using FitSaaS.Pages.Account;
using FitSaaS.Testing;
using Microsoft.IdentityModel.JsonWebTokens;

namespace FitSaaS.HttpApi.Host.Tests.Identity;

/// <summary>
/// The authorization code flow with PKCE over HTTP, as a browser and a public client run it: <c>/connect/authorize</c>, the
/// sign-in page (<c>/account/login</c>, anti-forgery, one message for every refusal), the code's redemption, the session
/// cookie's checks, tenant isolation, and <c>/connect/logout</c>. Client: the seeded Swagger UI client.
/// </summary>
public sealed class AuthorizationCodeFlowTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    private const string ClientId = IdentityConsts.SwaggerClientId;
    private const string RedirectUri = AuthorizationCodeBrowser.DefaultSwaggerRedirectUri;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TenantUser_SignsIn_AndTheCode_RedeemedWithItsVerifier_GivesTokensOfTheirTenant()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var http = fixture.CreateBrowserClient();
        var browser = new AuthorizationCodeBrowser(http);
        var (verifier, challenge) = AuthorizationCodeBrowser.NewPkce();
        var url = AuthorizationCodeBrowser.AuthorizeUrl(ClientId, RedirectUri, "openid fitsaas-api offline_access", challenge,
            extra: [new("__tenant", tenant.Name)]);

        var form = await browser.OpenSignInPageAsync(url);
        form.Tenant.ShouldBe(tenant.Name, "the page is pre-filled with the authorization request's __tenant");
        using var posted = await browser.SubmitAsync(form, tenant.Name, IdentityConsts.AdminUserName, TestUsers.Password);
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var back = await browser.FollowToClientAsync(posted.Headers.Location!.OriginalString);
        var (status, tokens) = await browser.RedeemAsync(ClientId, RedirectUri, back["code"], verifier);

        back["state"].ShouldBe("state-1");
        status.ShouldBe(HttpStatusCode.OK, tokens.ToString());
        var access = new JsonWebToken(tokens.GetProperty("access_token").GetString());
        access.GetClaim("tenantid").Value.ShouldBe(tenant.Id.ToString());
        access.GetClaim("sub").Value.ShouldBe(tenant.AdminUserId.ToString());
        access.GetClaim("client_id").Value.ShouldBe(ClientId);
        access.Alg.ShouldBe("RS256");
        var identity = new JsonWebToken(tokens.GetProperty("id_token").GetString());
        identity.GetClaim("nonce").Value.ShouldBe("nonce-1");
        tokens.GetProperty("refresh_token").GetString().ShouldNotBeNullOrEmpty();

        using var api = fixture.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", access.EncodedToken);
        var profile = await api.GetFromJsonAsync<ProfileDto>("/api/account/my-profile", TestJson.Options, Cancellation);
        profile!.Id.ShouldBe(tenant.AdminUserId);

        // The refresh token rotates like the password grant's.
        using var refresh = await fixture.CreateClient().PostAsync(new Uri(TokenServerEndpoints.TokenPath, UriKind.Relative), new FormUrlEncodedContent(
            new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["client_id"] = ClientId, ["refresh_token"] = tokens.GetProperty("refresh_token").GetString()! }), Cancellation);
        refresh.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task WithASession_TheNextAuthorizationRequest_IssuesACodeWithoutTheSignInPage()
    {
        using var http = fixture.CreateBrowserClient();
        var browser = new AuthorizationCodeBrowser(http);
        var (_, first) = AuthorizationCodeBrowser.NewPkce();
        (await browser.SignInAndAuthorizeAsync(AuthorizationCodeBrowser.AuthorizeUrl(ClientId, RedirectUri, "fitsaas-api", first), null,
            IdentityConsts.AdminUserName, TestUsers.Password)).ShouldContainKey("code");

        var (verifier, challenge) = AuthorizationCodeBrowser.NewPkce();
        var again = await browser.FollowToClientAsync(AuthorizationCodeBrowser.AuthorizeUrl(ClientId, RedirectUri, "fitsaas-api", challenge, state: "state-2"));
        var (status, tokens) = await browser.RedeemAsync(ClientId, RedirectUri, again["code"], verifier);

        again["state"].ShouldBe("state-2");
        status.ShouldBe(HttpStatusCode.OK);
        new JsonWebToken(tokens.GetProperty("access_token").GetString()).TryGetClaim("tenantid", out _).ShouldBeFalse("a host user");
    }

    [Fact]
    public async Task WrongPassword_UnknownUser_UnknownTenant_AndInactiveTenant_ShowOneMessage_AndStartNoSession()
    {
        var tenant = await fixture.CreateTenantAsync();
        var inactive = await fixture.CreateTenantAsync();
        using (var host = await fixture.CreateHostAdminClientAsync())
        {
            using var deactivated = await host.PostAsync(new Uri($"/api/tenant-management/tenants/{inactive.Id}/deactivate", UriKind.Relative), null, Cancellation);
            deactivated.IsSuccessStatusCode.ShouldBeTrue();
        }

        var attempts = new (string? Tenant, string User, string Password)[]
        {
            (tenant.Name, IdentityConsts.AdminUserName, "wrong-password-1"),
            (tenant.Name, "nobody-here", TestUsers.Password),
            ("no-such-gym-" + Guid.NewGuid().ToString("N")[..8], IdentityConsts.AdminUserName, TestUsers.Password),
            (inactive.Name, IdentityConsts.AdminUserName, TestUsers.Password),
            (null, "", TestUsers.Password),
        };
        var messages = new List<string?>();
        foreach (var (tenantName, user, password) in attempts)
        {
            using var http = fixture.CreateBrowserClient();
            var browser = new AuthorizationCodeBrowser(http);
            var (_, challenge) = AuthorizationCodeBrowser.NewPkce();
            var form = await browser.OpenSignInPageAsync(AuthorizationCodeBrowser.AuthorizeUrl(ClientId, RedirectUri, "fitsaas-api", challenge));
            using var posted = await browser.SubmitAsync(form, tenantName, user, password);

            posted.StatusCode.ShouldBe(HttpStatusCode.BadRequest, $"{tenantName}/{user}");
            var page = AuthorizationCodeBrowser.LoginForm.Parse(await posted.Content.ReadAsStringAsync(Cancellation));
            messages.Add(page.Error);
            posted.Headers.TryGetValues("Set-Cookie", out var cookies);
            (cookies ?? []).ShouldNotContain(cookie => cookie.StartsWith(SignInCookie.CookieName + "=", StringComparison.Ordinal) && !cookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase));
            (await posted.Content.ReadAsStringAsync(Cancellation)).ShouldNotContain("wrong-password-1", customMessage: "the password is never echoed");

            // Still no session: the authorization request sends the browser to the sign-in page again.
            using var retry = await browser.GetAsync(AuthorizationCodeBrowser.AuthorizeUrl(ClientId, RedirectUri, "fitsaas-api", challenge));
            retry.Headers.Location!.OriginalString.ShouldContain(SignInCookie.LoginPath, Case.Insensitive);
        }

        messages.ShouldAllBe(message => message == LoginModel.FailedMessage);
    }

    [Fact]
    public async Task SignInPost_WithoutTheAntiforgeryToken_Is400_AndStartsNoSession()
    {
        using var http = fixture.CreateBrowserClient();
        var browser = new AuthorizationCodeBrowser(http);
        var (_, challenge) = AuthorizationCodeBrowser.NewPkce();
        var url = AuthorizationCodeBrowser.AuthorizeUrl(ClientId, RedirectUri, "fitsaas-api", challenge);
        var form = await browser.OpenSignInPageAsync(url);

        using var posted = await browser.SubmitAsync(form, null, IdentityConsts.AdminUserName, TestUsers.Password, withAntiforgeryToken: false);

        posted.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var retry = await browser.GetAsync(url);
        retry.Headers.Location!.OriginalString.ShouldContain(SignInCookie.LoginPath, Case.Insensitive);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("plain", "plain")]
    public async Task AuthorizationRequest_WithoutPkce_OrWithPlain_IsRefused(string? challenge, string? method)
    {
        using var http = fixture.CreateBrowserClient();
        var browser = new AuthorizationCodeBrowser(http);

        using var response = await browser.GetAsync(AuthorizationCodeBrowser.AuthorizeUrl(ClientId, RedirectUri, "fitsaas-api",
            challenge is null ? null : new string('a', 43), method ?? "S256"));

        // OpenIddict refuses it before any redirect: the error is shown on the server, no code reaches the client.
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Headers.Location.ShouldBeNull();
        var body = await response.Content.ReadAsStringAsync(Cancellation);
        body.ShouldContain("invalid_request");
        body.ShouldContain("code_challenge");
    }

    [Fact]
    public async Task Code_WithAWrongVerifier_IsRefused_AndACodeUsedTwice_IsRefused_WithItsTokens()
    {
        using var http = fixture.CreateBrowserClient();
        var browser = new AuthorizationCodeBrowser(http);
        var (verifier, challenge) = AuthorizationCodeBrowser.NewPkce();
        var url = AuthorizationCodeBrowser.AuthorizeUrl(ClientId, RedirectUri, "fitsaas-api offline_access", challenge);
        var code = (await browser.SignInAndAuthorizeAsync(url, null, IdentityConsts.AdminUserName, TestUsers.Password))["code"];

        var (wrongStatus, wrong) = await browser.RedeemAsync(ClientId, RedirectUri, code, AuthorizationCodeBrowser.NewPkce().Verifier);
        wrongStatus.ShouldBe(HttpStatusCode.BadRequest);
        wrong.GetProperty("error").GetString().ShouldBe("invalid_grant");

        (verifier, var challenge2) = AuthorizationCodeBrowser.NewPkce();
        var code2 = (await browser.FollowToClientAsync(AuthorizationCodeBrowser.AuthorizeUrl(ClientId, RedirectUri, "fitsaas-api offline_access", challenge2)))["code"];
        var (okStatus, tokens) = await browser.RedeemAsync(ClientId, RedirectUri, code2, verifier);
        okStatus.ShouldBe(HttpStatusCode.OK);
        var (againStatus, again) = await browser.RedeemAsync(ClientId, RedirectUri, code2, verifier);
        againStatus.ShouldBe(HttpStatusCode.BadRequest);
        again.GetProperty("error").GetString().ShouldBe("invalid_grant");

        // A replayed code revokes what it gave (RFC 6749 §4.1.2): the refresh token no longer works.
        using var refresh = await fixture.CreateClient().PostAsync(new Uri(TokenServerEndpoints.TokenPath, UriKind.Relative), new FormUrlEncodedContent(
            new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["client_id"] = ClientId, ["refresh_token"] = tokens.GetProperty("refresh_token").GetString()! }), Cancellation);
        refresh.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task UnregisteredRedirectUri_IsRefused_OnTheServer_NotRedirected()
    {
        using var http = fixture.CreateBrowserClient();
        var (_, challenge) = AuthorizationCodeBrowser.NewPkce();

        using var response = await new AuthorizationCodeBrowser(http).GetAsync(
            AuthorizationCodeBrowser.AuthorizeUrl(ClientId, "https://attacker.example/callback", "fitsaas-api", challenge));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Headers.Location.ShouldBeNull();
    }

    [Fact]
    public async Task SignIn_WithAReturnUrlToAnotherSite_StaysOnTheServer()
    {
        using var http = fixture.CreateBrowserClient();
        var browser = new AuthorizationCodeBrowser(http);
        var form = await browser.ReadFormAsync($"{SignInCookie.LoginPath}?ReturnUrl={Uri.EscapeDataString("https://attacker.example/")}");

        using var posted = await browser.SubmitAsync(form, null, IdentityConsts.AdminUserName, TestUsers.Password);

        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        posted.Headers.Location!.OriginalString.ShouldBe(SignInCookie.LoginPath);
        using var page = await browser.GetAsync(SignInCookie.LoginPath);
        (await page.Content.ReadAsStringAsync(Cancellation)).ShouldContain("You are signed in as <strong>admin</strong> (host)");
    }

    [Fact]
    public async Task SessionOfTenantA_AuthorizationRequestForTenantB_SendsTheBrowserToSignInAgain()
    {
        var a = await fixture.CreateTenantAsync();
        var b = await fixture.CreateTenantAsync();
        using var http = fixture.CreateBrowserClient();
        var browser = new AuthorizationCodeBrowser(http);
        var (_, challenge) = AuthorizationCodeBrowser.NewPkce();
        (await browser.SignInAndAuthorizeAsync(AuthorizationCodeBrowser.AuthorizeUrl(ClientId, RedirectUri, "fitsaas-api", challenge,
            extra: [new("__tenant", a.Name)]), a.Name, IdentityConsts.AdminUserName, TestUsers.Password)).ShouldContainKey("code");

        using var forB = await browser.GetAsync(AuthorizationCodeBrowser.AuthorizeUrl(ClientId, RedirectUri, "fitsaas-api", challenge,
            extra: [new("__tenant", b.Name)]));

        forB.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        forB.Headers.Location!.OriginalString.ShouldContain(SignInCookie.LoginPath, Case.Insensitive);
    }

    [Fact]
    public async Task PasswordChange_EndsTheSession_AtTheNextAuthorizationRequest()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var http = fixture.CreateBrowserClient();
        var browser = new AuthorizationCodeBrowser(http);
        var (_, challenge) = AuthorizationCodeBrowser.NewPkce();
        var url = AuthorizationCodeBrowser.AuthorizeUrl(ClientId, RedirectUri, "fitsaas-api", challenge, extra: [new("__tenant", tenant.Name)]);
        (await browser.SignInAndAuthorizeAsync(url, tenant.Name, IdentityConsts.AdminUserName, TestUsers.Password)).ShouldContainKey("code");

        using (var admin = await fixture.LoginAsync(tenant.Name, IdentityConsts.AdminUserName))
        {
            using var changed = await admin.PostAsJsonAsync("/api/account/change-password",
                new { currentPassword = TestUsers.Password, newPassword = TestUsers.Password + "x" }, TestJson.Options, Cancellation);
            changed.IsSuccessStatusCode.ShouldBeTrue(await changed.Content.ReadAsStringAsync(Cancellation));
        }

        using var after = await browser.GetAsync(url);
        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.Headers.Location!.OriginalString.ShouldContain(SignInCookie.LoginPath, Case.Insensitive);
    }

    [Fact]
    public async Task EndSession_EndsTheSession_AndReturnsToTheRegisteredUri_ThenPromptNone_IsLoginRequired()
    {
        using var http = fixture.CreateBrowserClient();
        var browser = new AuthorizationCodeBrowser(http);
        var (_, challenge) = AuthorizationCodeBrowser.NewPkce();
        (await browser.SignInAndAuthorizeAsync(AuthorizationCodeBrowser.AuthorizeUrl(ClientId, RedirectUri, "fitsaas-api", challenge),
            null, IdentityConsts.AdminUserName, TestUsers.Password)).ShouldContainKey("code");
        var silent = AuthorizationCodeBrowser.AuthorizeUrl(ClientId, RedirectUri, "fitsaas-api", challenge, extra: [new("prompt", "none")]);
        (await browser.FollowToClientAsync(silent)).ShouldContainKey("code", "prompt=none with a session issues a code");

        const string back = "http://localhost:5080/swagger/index.html";
        using var logout = await browser.GetAsync($"{TokenServerEndpoints.EndSessionPath}?post_logout_redirect_uri={Uri.EscapeDataString(back)}&state=bye");
        using var unregistered = await browser.GetAsync($"{TokenServerEndpoints.EndSessionPath}?post_logout_redirect_uri={Uri.EscapeDataString("https://attacker.example/")}");
        var afterLogout = await browser.FollowToClientAsync(silent);

        logout.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        logout.Headers.Location!.OriginalString.ShouldBe(back + "?state=bye");
        unregistered.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        afterLogout["error"].ShouldBe("login_required");
    }
}
