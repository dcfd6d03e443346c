using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Duende.IdentityModel.Client;
using FitSaaS.Identity;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using MsJsonWebKeySet = Microsoft.IdentityModel.Tokens.JsonWebKeySet;

namespace FitSaaS.HttpApi.Host.Tests.Identity;

/// <summary>
/// A standard OpenID Connect client library (Duende.IdentityModel, not ours) against the real host on a loopback socket:
/// discovery with issuer and endpoint validation, every grant, refresh, RFC 7009 revocation, RFC 7662 introspection,
/// userinfo, and access tokens verified with Microsoft.IdentityModel against the keys the library read from the JWKS.
/// What the server must keep for its own clients is in <see cref="OpenIddictTokenServerTests"/>.
/// </summary>
public sealed class OpenIdConnectClientLibraryTests(OpenIdConnectWebFixture fixture) : IClassFixture<OpenIdConnectWebFixture>
{
    private const string Audience = "fitsaas-api";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Discovery_PassesTheLibrarysIssuerAndEndpointChecks_AndPublishesTheGrantsAndSigningKeys()
    {
        using var http = new HttpClient();

        var disco = await DiscoverAsync(http);
        // The issuer is configured, not taken from the request: the same server reached under another name fails the check.
        var otherName = await http.GetDiscoveryDocumentAsync(new DiscoveryDocumentRequest
        {
            Address = fixture.Authority.Replace("127.0.0.1", "localhost", StringComparison.Ordinal),
        }, Cancellation);

        disco.Issuer.ShouldBe(fixture.Authority + "/");
        foreach (var endpoint in new[] { disco.TokenEndpoint, disco.RevocationEndpoint, disco.IntrospectionEndpoint, disco.UserInfoEndpoint, disco.JwksUri })
        {
            endpoint.ShouldStartWith(fixture.Authority + "/");
        }

        new[] { "authorization_code", "client_credentials", "password", "refresh_token" }.ShouldBeSubsetOf(disco.GrantTypesSupported);
        disco.CodeChallengeMethodsSupported.ShouldBe(["S256"]);
        disco.AuthorizeEndpoint.ShouldBe(fixture.Authority + "/connect/authorize");
        disco.EndSessionEndpoint.ShouldBe(fixture.Authority + "/connect/logout");
        disco.ScopesSupported.ShouldContain(Audience);
        disco.KeySet.ShouldNotBeNull();
        disco.KeySet.Keys.ShouldNotBeEmpty();
        disco.KeySet.Keys.ShouldAllBe(key => key.Kty == "RSA" && key.Use == "sig" && !string.IsNullOrEmpty(key.Kid) && !string.IsNullOrEmpty(key.N));
        // Only public halves are published.
        disco.KeySet.Keys.ShouldAllBe(key => key.D == null && key.P == null && key.Q == null);
        otherName.IsError.ShouldBeTrue();
        otherName.Error!.ShouldContain("Issuer name does not match authority");
    }

    [Fact]
    public async Task PasswordGrant_RefreshAndRevocation_ThroughTheLibrary()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var http = new HttpClient();
        var disco = await DiscoverAsync(http);

        var signIn = await RequestPasswordTokenAsync(http, disco, tenant.Name, IdentityConsts.AdminUserName, TestUsers.Password);
        var wrongPassword = await RequestPasswordTokenAsync(http, disco, tenant.Name, IdentityConsts.AdminUserName, "not-the-password");
        var refreshed = await RefreshAsync(http, disco, signIn.RefreshToken!);
        var userInfo = await http.GetUserInfoAsync(new UserInfoRequest { Address = disco.UserInfoEndpoint, Token = refreshed.AccessToken }, Cancellation);
        var revoked = await http.RevokeTokenAsync(new TokenRevocationRequest
        {
            Address = disco.RevocationEndpoint,
            ClientId = IdentityConsts.DefaultClientId,
            ClientCredentialStyle = ClientCredentialStyle.PostBody,
            Token = refreshed.RefreshToken!,
            TokenTypeHint = "refresh_token",
        }, Cancellation);
        var afterRevocation = await RefreshAsync(http, disco, refreshed.RefreshToken!);

        signIn.IsError.ShouldBeFalse(signIn.Raw);
        signIn.TokenType.ShouldBe("Bearer");
        signIn.ExpiresIn.ShouldBeGreaterThan(0);
        signIn.RefreshToken.ShouldNotBeNullOrEmpty();
        wrongPassword.IsError.ShouldBeTrue();
        wrongPassword.HttpStatusCode.ShouldBe(HttpStatusCode.BadRequest);
        wrongPassword.Error.ShouldBe("invalid_grant");
        refreshed.IsError.ShouldBeFalse(refreshed.Raw);
        refreshed.RefreshToken.ShouldNotBe(signIn.RefreshToken);
        refreshed.AccessToken.ShouldNotBe(signIn.AccessToken);
        var claims = (await ValidateAsync(disco, refreshed.AccessToken!)).ClaimsIdentity;
        claims.FindFirst("sub")!.Value.ShouldBe(tenant.AdminUserId.ToString());
        claims.FindFirst("tenantid")!.Value.ShouldBe(tenant.Id.ToString());
        claims.FindFirst("client_id")!.Value.ShouldBe(IdentityConsts.DefaultClientId);
        userInfo.IsError.ShouldBeFalse(userInfo.Raw);
        userInfo.Claims.Single(c => c.Type == "sub").Value.ShouldBe(tenant.AdminUserId.ToString());
        userInfo.Claims.Single(c => c.Type == "name").Value.ShouldBe(IdentityConsts.AdminUserName);
        userInfo.Claims.Single(c => c.Type == "tenantid").Value.ShouldBe(tenant.Id.ToString());
        userInfo.Claims.Where(c => c.Type == "role").Select(c => c.Value).ShouldContain(IdentityConsts.AdminRole);
        revoked.IsError.ShouldBeFalse(revoked.Raw);
        afterRevocation.IsError.ShouldBeTrue();
        afterRevocation.Error.ShouldBe("invalid_grant");
    }

    [Fact]
    public async Task AuthorizationCodeWithPkce_ThroughTheLibrary_AfterSigningInOnTheSignInPage()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var http = new HttpClient();
        var disco = await DiscoverAsync(http);
        var redirectUri = fixture.Authority + "/swagger/oauth2-redirect.html";
        var verifier = Duende.IdentityModel.CryptoRandom.CreateUniqueId(32);
        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(verifier)));
        var authorizeUrl = new RequestUrl(disco.AuthorizeEndpoint!).CreateAuthorizeUrl(
            clientId: IdentityConsts.SwaggerClientId, responseType: "code", scope: "openid fitsaas-api offline_access",
            redirectUri: redirectUri, state: "state-1", nonce: "nonce-1", codeChallenge: challenge, codeChallengeMethod: "S256");

        // The browser's part: the sign-in page, then back to the client with the code.
        using var browserHttp = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new() })
        {
            BaseAddress = new Uri(fixture.Authority + "/"),
        };
        var front = await new AuthorizationCodeBrowser(browserHttp).SignInAndAuthorizeAsync(authorizeUrl, tenant.Name, IdentityConsts.AdminUserName, TestUsers.Password);
        var response = new AuthorizeResponse(redirectUri + "?" + string.Join('&', front.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}")));
        var tokens = await http.RequestAuthorizationCodeTokenAsync(new AuthorizationCodeTokenRequest
        {
            Address = disco.TokenEndpoint,
            ClientId = IdentityConsts.SwaggerClientId,
            ClientCredentialStyle = ClientCredentialStyle.PostBody,
            Code = response.Code!,
            RedirectUri = redirectUri,
            CodeVerifier = verifier,
        }, Cancellation);

        response.IsError.ShouldBeFalse(response.Raw);
        response.State.ShouldBe("state-1");
        tokens.IsError.ShouldBeFalse(tokens.Raw);
        var claims = (await ValidateAsync(disco, tokens.AccessToken!)).ClaimsIdentity;
        claims.FindFirst("sub")!.Value.ShouldBe(tenant.AdminUserId.ToString());
        claims.FindFirst("tenantid")!.Value.ShouldBe(tenant.Id.ToString());
        claims.FindFirst("client_id")!.Value.ShouldBe(IdentityConsts.SwaggerClientId);
        var identity = await new JsonWebTokenHandler().ValidateTokenAsync(tokens.IdentityToken, new TokenValidationParameters
        {
            ValidIssuer = disco.Issuer,
            ValidAudience = IdentityConsts.SwaggerClientId,
            IssuerSigningKeys = new MsJsonWebKeySet(disco.KeySet!.RawData).GetSigningKeys(),
        });
        identity.IsValid.ShouldBeTrue(identity.Exception?.Message);
        identity.ClaimsIdentity.FindFirst("nonce")!.Value.ShouldBe("nonce-1");
        (await RefreshAsync(http, disco, tokens.RefreshToken!, IdentityConsts.SwaggerClientId)).IsError.ShouldBeFalse();
    }

    [Fact]
    public async Task UsedRefreshToken_PresentedAgain_IsRefused_AndItsSuccessorWithIt()
    {
        var tenant = await fixture.CreateTenantAsync();
        var userName = "reuse-" + Guid.NewGuid().ToString("N")[..8];
        await fixture.CreateUserAsync(tenant.Name, userName, IdentityConsts.MemberRole);
        using var http = new HttpClient();
        var disco = await DiscoverAsync(http);
        var first = await RequestPasswordTokenAsync(http, disco, tenant.Name, userName, TestUsers.Password);

        var second = await RefreshAsync(http, disco, first.RefreshToken!);
        var replay = await RefreshAsync(http, disco, first.RefreshToken!);
        var successor = await RefreshAsync(http, disco, second.RefreshToken!);

        second.IsError.ShouldBeFalse(second.Raw);
        replay.IsError.ShouldBeTrue();
        replay.Error.ShouldBe("invalid_grant");
        successor.IsError.ShouldBeTrue();
        successor.Error.ShouldBe("invalid_grant");
    }

    [Fact]
    public async Task ClientCredentials_Introspection_AndRevocationOfTheAccessToken_ThroughTheLibrary()
    {
        var tenant = await fixture.CreateTenantAsync();
        var (clientId, secret) = await CreateMachineClientAsync(tenant.Name, $"{tenant.Name}-oidc");
        using var http = new HttpClient();
        var disco = await DiscoverAsync(http);

        var token = await http.RequestClientCredentialsTokenAsync(new ClientCredentialsTokenRequest
        {
            Address = disco.TokenEndpoint,
            ClientId = clientId,
            ClientSecret = secret,
            Scope = Audience,
        }, Cancellation);
        var wrongSecret = await http.RequestClientCredentialsTokenAsync(new ClientCredentialsTokenRequest
        {
            Address = disco.TokenEndpoint,
            ClientId = clientId,
            ClientSecret = secret + "x",
            Scope = Audience,
        }, Cancellation);
        var active = await IntrospectAsync(http, disco, clientId, secret, token.AccessToken!);
        var introspectedWithWrongSecret = await IntrospectAsync(http, disco, clientId, secret + "x", token.AccessToken!);
        var revoked = await http.RevokeTokenAsync(new TokenRevocationRequest
        {
            Address = disco.RevocationEndpoint,
            ClientId = clientId,
            ClientSecret = secret,
            Token = token.AccessToken!,
            TokenTypeHint = "access_token",
        }, Cancellation);
        var afterRevocation = await IntrospectAsync(http, disco, clientId, secret, token.AccessToken!);

        token.IsError.ShouldBeFalse(token.Raw);
        token.RefreshToken.ShouldBeNull();
        var claims = (await ValidateAsync(disco, token.AccessToken!)).ClaimsIdentity;
        claims.FindFirst("client_id")!.Value.ShouldBe(clientId);
        claims.FindFirst("tenantid")!.Value.ShouldBe(tenant.Id.ToString());
        wrongSecret.IsError.ShouldBeTrue();
        wrongSecret.HttpStatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        wrongSecret.TryGet("error").ShouldBe("invalid_client");
        active.IsError.ShouldBeFalse(active.Raw);
        active.IsActive.ShouldBeTrue();
        active.ClientId.ShouldBe(clientId);
        active.Issuer.ShouldBe(disco.Issuer);
        // Scopes and application claims go to audiences only (the resource server, see the next test), not to the presenter.
        active.Scopes.ShouldBeEmpty();
        active.Expiration.ShouldNotBeNull();
        active.Expiration.Value.ShouldBe(new JsonWebToken(token.AccessToken).ValidTo, TimeSpan.FromSeconds(1));
        introspectedWithWrongSecret.IsError.ShouldBeTrue();
        introspectedWithWrongSecret.IsActive.ShouldBeFalse();
        revoked.IsError.ShouldBeFalse(revoked.Raw);
        afterRevocation.IsError.ShouldBeFalse(afterRevocation.Raw);
        afterRevocation.IsActive.ShouldBeFalse();
    }

    [Fact]
    public async Task ResourceServerClient_IntrospectsAUsersTokens_ActiveUntilTheUserSignsOut()
    {
        var tenant = await fixture.CreateTenantAsync();
        // A confidential client named like the access tokens' audience (the API as a resource server, host-owned).
        var (clientId, secret) = await CreateMachineClientAsync(null, Audience);
        using var http = new HttpClient();
        var disco = await DiscoverAsync(http);
        var signIn = await RequestPasswordTokenAsync(http, disco, tenant.Name, IdentityConsts.AdminUserName, TestUsers.Password);

        var active = await IntrospectAsync(http, disco, clientId, secret, signIn.AccessToken!);
        var signOut = await http.RevokeTokenAsync(new TokenRevocationRequest
        {
            Address = disco.RevocationEndpoint,
            ClientId = IdentityConsts.DefaultClientId,
            ClientCredentialStyle = ClientCredentialStyle.PostBody,
            Token = signIn.RefreshToken!,
            TokenTypeHint = "refresh_token",
        }, Cancellation);
        var afterSignOut = await IntrospectAsync(http, disco, clientId, secret, signIn.AccessToken!);

        active.IsError.ShouldBeFalse(active.Raw);
        active.IsActive.ShouldBeTrue(active.Raw);
        active.Subject.ShouldBe(tenant.AdminUserId.ToString());
        active.ClientId.ShouldBe(IdentityConsts.DefaultClientId);
        active.Audiences.ShouldContain(Audience);
        active.Scopes.ShouldContain(Audience);
        active.UserName.ShouldBe(IdentityConsts.AdminUserName);
        active.Claims.Single(c => c.Type == "tenantid").Value.ShouldBe(tenant.Id.ToString());
        signOut.IsError.ShouldBeFalse(signOut.Raw);
        // Revoking the refresh token revokes its family, the access tokens of that sign-in included.
        afterSignOut.IsActive.ShouldBeFalse(afterSignOut.Raw);
    }

    [Fact]
    public async Task JwksValidation_RefusesTamperedForgedUnsignedExpiredAndForeignIssuerTokens()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var http = new HttpClient();
        var disco = await DiscoverAsync(http);
        var accessToken = (await RequestPasswordTokenAsync(http, disco, tenant.Name, IdentityConsts.AdminUserName, TestUsers.Password)).AccessToken!;
        var parts = accessToken.Split('.');
        var jwt = new JsonWebToken(accessToken);

        // Another tenant's id in the payload, the original signature kept.
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!.AsObject();
        payload["tenantid"] = Guid.NewGuid().ToString();
        var tampered = $"{parts[0]}.{Base64UrlEncoder.Encode(payload.ToJsonString())}.{parts[2]}";
        // The same header and claims signed by a key the server never published, under the published key id.
        using var foreignRsa = RSA.Create(2048);
        var forged = new JsonWebTokenHandler().CreateToken(Base64UrlEncoder.Decode(parts[1]),
            new SigningCredentials(new RsaSecurityKey(foreignRsa) { KeyId = jwt.Kid }, SecurityAlgorithms.RsaSha256),
            new Dictionary<string, object> { ["typ"] = jwt.Typ });
        var unsigned = $"{Base64UrlEncoder.Encode($$"""{"alg":"none","typ":"{{jwt.Typ}}"}""")}.{parts[1]}.";
        // The same claims signed by the server's own current key, but an hour past their lifetime.
        var serverKey = await fixture.Services.GetRequiredService<SigningKeyManager>().GetSigningKeyAsync(Cancellation);
        payload = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!.AsObject();
        var lifetime = jwt.ValidTo - jwt.IssuedAt;
        var issuedAt = DateTimeOffset.UtcNow.AddHours(-2);
        payload["iat"] = issuedAt.ToUnixTimeSeconds();
        payload["nbf"] = issuedAt.ToUnixTimeSeconds();
        payload["exp"] = issuedAt.Add(lifetime).ToUnixTimeSeconds();
        var expired = new JsonWebTokenHandler().CreateToken(payload.ToJsonString(),
            new SigningCredentials(serverKey, SecurityAlgorithms.RsaSha256), new Dictionary<string, object> { ["typ"] = jwt.Typ });

        (await ValidateAsync(disco, accessToken)).IsValid.ShouldBeTrue();
        (await ValidateAsync(disco, tampered)).Exception.ShouldBeOfType<SecurityTokenInvalidSignatureException>();
        (await ValidateAsync(disco, forged)).Exception.ShouldBeOfType<SecurityTokenInvalidSignatureException>();
        (await ValidateAsync(disco, unsigned)).IsValid.ShouldBeFalse();
        lifetime.ShouldBe(TimeSpan.FromHours(1));
        (await ValidateAsync(disco, expired)).Exception.ShouldBeOfType<SecurityTokenExpiredException>();
        (await ValidateAsync(disco, accessToken, issuer: "http://localhost:5080/")).Exception.ShouldBeOfType<SecurityTokenInvalidIssuerException>();
    }

    private async Task<DiscoveryDocumentResponse> DiscoverAsync(HttpClient http)
    {
        // The library's default policy: issuer equals the authority, every endpoint under it, a key set required;
        // plain HTTP allowed on loopback only.
        var disco = await http.GetDiscoveryDocumentAsync(fixture.Authority, Cancellation);
        disco.IsError.ShouldBeFalse(disco.Error);
        return disco;
    }

    private static async Task<TokenResponse> RequestPasswordTokenAsync(HttpClient http, DiscoveryDocumentResponse disco, string tenantName, string userName, string password)
    {
        using var request = new PasswordTokenRequest
        {
            Address = disco.TokenEndpoint,
            ClientId = IdentityConsts.DefaultClientId,
            ClientCredentialStyle = ClientCredentialStyle.PostBody,
            UserName = userName,
            Password = password,
        };
        request.Headers.Add("__tenant", tenantName);
        return await http.RequestPasswordTokenAsync(request, Cancellation);
    }

    private static async Task<TokenResponse> RefreshAsync(HttpClient http, DiscoveryDocumentResponse disco, string refreshToken, string clientId = IdentityConsts.DefaultClientId)
    {
        using var request = new RefreshTokenRequest
        {
            Address = disco.TokenEndpoint,
            ClientId = clientId,
            ClientCredentialStyle = ClientCredentialStyle.PostBody,
            RefreshToken = refreshToken,
        };
        return await http.RequestRefreshTokenAsync(request, Cancellation);
    }

    private static async Task<TokenIntrospectionResponse> IntrospectAsync(HttpClient http, DiscoveryDocumentResponse disco, string clientId, string secret, string token)
    {
        using var request = new TokenIntrospectionRequest
        {
            Address = disco.IntrospectionEndpoint,
            ClientId = clientId,
            ClientSecret = secret,
            Token = token,
            TokenTypeHint = "access_token",
        };
        return await http.IntrospectTokenAsync(request, Cancellation);
    }

    /// <summary>Creates a confidential client through the API as the tenant's admin (<paramref name="tenantName"/> null = host admin).</summary>
    private async Task<(string ClientId, string Secret)> CreateMachineClientAsync(string? tenantName, string clientId)
    {
        using var admin = await fixture.LoginAsync(tenantName, IdentityConsts.AdminUserName);
        using var response = await admin.PostAsJsonAsync("/api/identity/clients", new { clientId, displayName = "OIDC library client" }, Cancellation);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body.ToString());
        return (body.GetProperty("client").GetProperty("clientId").GetString()!, body.GetProperty("clientSecret").GetString()!);
    }

    /// <summary>
    /// Validates an access token as a resource server would: Microsoft.IdentityModel's handler, the keys the library read
    /// from the published JWKS, the discovered issuer (or <paramref name="issuer"/>), the API audience, RS256 only, no clock skew.
    /// </summary>
    private static async Task<TokenValidationResult> ValidateAsync(DiscoveryDocumentResponse disco, string token, string? issuer = null)
    {
        var keys = new MsJsonWebKeySet(disco.KeySet!.RawData).GetSigningKeys();
        keys.ShouldNotBeEmpty();
        return await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = issuer ?? disco.Issuer,
            ValidAudience = Audience,
            IssuerSigningKeys = keys,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            ClockSkew = TimeSpan.Zero,
        });
    }
}
