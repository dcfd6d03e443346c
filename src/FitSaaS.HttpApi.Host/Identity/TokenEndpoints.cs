using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using FitSaaS.Framework.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FitSaaS.Identity;

// OpenIddict is not obtainable here (ARCHITECTURE.md §1), so the token server is this small set of
// endpoints: RFC 6749 token endpoint (password and refresh_token grants), discovery and JWKS.
// See docs/decisions/0004-token-server.md.

/// <summary>The OAuth 2.0 token endpoint, OpenID discovery document and JWKS.</summary>
internal static class TokenEndpoints
{
    private static readonly string[] s_grantTypes = ["password", "refresh_token", "client_credentials"];
    private static readonly string[] s_scopes = [IdentityConsts.ApiScope];
    private static readonly string[] s_responseTypes = ["token"];
    private static readonly string[] s_authMethods = ["none", "client_secret_basic", "client_secret_post"];
    private static readonly string[] s_algorithms = [SecurityAlgorithms.RsaSha256];
    private static readonly string[] s_subjectTypes = ["public"];
    private static readonly string[] s_claims = ["sub", "name", "email", "role", "tenantid"];

    public static IEndpointRouteBuilder MapTokenServer(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/connect/token", TokenAsync).DisableAntiforgery().WithTags("Token server").AllowAnonymous()
            .RequireRateLimiting(TokenRateLimiting.PerIpPolicy);
        endpoints.MapPost("/connect/revocation", RevokeAsync).DisableAntiforgery().WithTags("Token server").AllowAnonymous()
            .RequireRateLimiting(TokenRateLimiting.PerIpPolicy);
        endpoints.MapGet("/.well-known/openid-configuration", Discovery).WithTags("Token server").AllowAnonymous();
        endpoints.MapGet("/.well-known/jwks", JwksAsync).WithTags("Token server").AllowAnonymous();
        return endpoints;
    }

    private static IResult Discovery(IOptions<TokenServerOptions> options)
    {
        var issuer = options.Value.Issuer.TrimEnd('/');
        return Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = options.Value.Issuer,
            ["token_endpoint"] = issuer + "/connect/token",
            ["jwks_uri"] = issuer + "/.well-known/jwks",
            ["grant_types_supported"] = s_grantTypes,
            ["scopes_supported"] = s_scopes,
            ["revocation_endpoint"] = issuer + "/connect/revocation",
            ["response_types_supported"] = s_responseTypes,
            ["token_endpoint_auth_methods_supported"] = s_authMethods,
            ["id_token_signing_alg_values_supported"] = s_algorithms,
            ["subject_types_supported"] = s_subjectTypes,
            ["claims_supported"] = s_claims,
        });
    }

    private static async Task<IResult> JwksAsync(SigningKeyManager keys, CancellationToken cancellationToken)
    {
        var published = (await keys.GetKeysAsync(cancellationToken)).Select(key =>
        {
            var parameters = key.Rsa.ExportParameters(includePrivateParameters: false);
            return new Dictionary<string, string>
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["alg"] = SecurityAlgorithms.RsaSha256,
                ["kid"] = key.KeyId,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            };
        });
        return Results.Json(new { keys = published });
    }

    private static async Task<IResult> RevokeAsync(HttpContext context, TokenService tokens)
    {
        if (!context.Request.HasFormContentType)
        {
            return TokenError("invalid_request", "The request must be application/x-www-form-urlencoded.");
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var token = form["token"].ToString();
        if (string.IsNullOrEmpty(token))
        {
            return TokenError("invalid_request", "token is required.");
        }

        var (clientId, clientSecret) = ClientCredentials(context, form);
        var error = await tokens.RevokeAsync(clientId, clientSecret, token, context.RequestAborted);
        return error is null ? Results.Ok() : TokenError(error.Error!, error.ErrorDescription!, error.Error == "invalid_client" ? 401 : 400);
    }

    private static async Task<IResult> TokenAsync(HttpContext context, TokenService tokens, TokenRateLimiting rateLimiting)
    {
        if (!context.Request.HasFormContentType)
        {
            return TokenError("invalid_request", "The request must be application/x-www-form-urlencoded.");
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var grantType = form["grant_type"].ToString();
        var (clientId, clientSecret) = ClientCredentials(context, form);
        if (string.IsNullOrEmpty(grantType))
        {
            return TokenError("invalid_request", "grant_type is required.");
        }

        // Per-user limit (the per-IP limit runs as middleware): slows password guessing against one account from many addresses.
        var userKey = grantType == "password" ? form["username"].ToString() : null;
        if (!string.IsNullOrEmpty(userKey) && rateLimiting.TryRejectUser(context, userKey) is { } rejected)
        {
            return rejected;
        }

        var result = grantType switch
        {
            "password" => await tokens.PasswordGrantAsync(clientId, clientSecret, form["username"].ToString(), form["password"].ToString(), context.RequestAborted),
            "refresh_token" => await tokens.RefreshTokenGrantAsync(clientId, clientSecret, form["refresh_token"].ToString(), context.RequestAborted),
            "client_credentials" => await tokens.ClientCredentialsGrantAsync(clientId, clientSecret, form["scope"].ToString(), context.RequestAborted),
            _ => TokenResult.Fail("unsupported_grant_type", $"grant_type '{grantType}' is not supported."),
        };
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.Pragma = "no-cache";
        if (result.Error is null)
        {
            var response = new Dictionary<string, object>
            {
                ["access_token"] = result.AccessToken!,
                ["token_type"] = "Bearer",
                ["expires_in"] = (int)result.ExpiresIn.TotalSeconds,
            };
            if (result.RefreshToken is not null)
            {
                response["refresh_token"] = result.RefreshToken;
            }

            return Results.Json(response);
        }

        if (result.Error == "invalid_client")
        {
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"fitsaas\"";
        }

        return TokenError(result.Error, result.ErrorDescription!, result.Error == "invalid_client" ? 401 : 400);
    }

    /// <summary>RFC 6749 §2.3.1: client_secret_basic (Authorization: Basic) or client_secret_post (form fields).</summary>
    private static (string ClientId, string? ClientSecret) ClientCredentials(HttpContext context, IFormCollection form)
    {
        string? authorization = context.Request.Headers.Authorization;
        if (authorization?.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase) == true)
        {
            try
            {
                var decoded = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(authorization["Basic ".Length..].Trim()));
                var colon = decoded.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0)
                {
                    return (Uri.UnescapeDataString(decoded[..colon]), Uri.UnescapeDataString(decoded[(colon + 1)..]));
                }
            }
            catch (FormatException)
            {
                return (string.Empty, null);
            }
        }

        var secret = form["client_secret"].ToString();
        return (form["client_id"].ToString(), secret.Length == 0 ? null : secret);
    }

    private static IResult TokenError(string error, string description, int status = 400) =>
        Results.Json(new Dictionary<string, string> { ["error"] = error, ["error_description"] = description }, statusCode: status);
}

/// <summary>Outcome of a token request: tokens, or an RFC 6749 §5.2 error.</summary>
internal sealed record TokenResult(string? AccessToken, string? RefreshToken, TimeSpan ExpiresIn, string? Error, string? ErrorDescription)
{
    public static TokenResult Fail(string error, string description) => new(null, null, TimeSpan.Zero, error, description);
}

/// <summary>Issues access and refresh tokens.</summary>
internal sealed class TokenService(
    UserManager<AppUser> userManager,
    IOAuthClientRepository clients,
    IRefreshTokenRepository refreshTokens,
    IUnitOfWorkManager unitOfWorkManager,
    ICurrentTenant currentTenant,
    ITenantStore tenantStore,
    IPasswordHasher<OAuthClient> secretHasher,
    IdentitySettingsApplier identitySettings,
    SigningKeyManager keys,
    Framework.Guids.IGuidGenerator guids,
    TimeProvider timeProvider,
    IOptions<TokenServerOptions> options)
{
    private static readonly JsonWebTokenHandler s_handler = new();

    public async Task<TokenResult> PasswordGrantAsync(string clientId, string? clientSecret, string userName, string password, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(userName) || string.IsNullOrEmpty(password))
        {
            return TokenResult.Fail("invalid_request", "username and password are required.");
        }

        // Load the signing key before the transaction: creating the first key writes in its own scope.
        var signingKey = await keys.GetSigningKeyAsync(cancellationToken);
        await using var unitOfWork = await unitOfWorkManager.BeginAsync(cancellationToken: cancellationToken);
        var (_, clientError) = await AuthenticateClientAsync(clientId, clientSecret, "password", cancellationToken);
        if (clientError is not null)
        {
            return clientError;
        }

        // The tenant comes from the __tenant header (resolved by the multi-tenancy middleware); no tenant = host users.
        // Its lockout policy (attempts, duration) comes from its settings.
        await identitySettings.ApplyLockoutAsync(userManager);
        var user = await userManager.FindByNameAsync(userName);
        if (user is null || !user.IsActive)
        {
            return TokenResult.Fail("invalid_grant", "The user name or password is incorrect.");
        }

        if (await userManager.IsLockedOutAsync(user))
        {
            return TokenResult.Fail("invalid_grant", "The account is locked out; try again later.");
        }

        if (!await userManager.CheckPasswordAsync(user, password))
        {
            await userManager.AccessFailedAsync(user);
            await unitOfWork.CompleteAsync(cancellationToken);
            return TokenResult.Fail("invalid_grant", "The user name or password is incorrect.");
        }

        await userManager.ResetAccessFailedCountAsync(user);
        var result = await IssueAsync(user, clientId, guids.Create(), signingKey, cancellationToken);
        await unitOfWork.CompleteAsync(cancellationToken);
        return result;
    }

    public async Task<TokenResult> RefreshTokenGrantAsync(string clientId, string? clientSecret, string refreshToken, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(refreshToken))
        {
            return TokenResult.Fail("invalid_request", "refresh_token is required.");
        }

        var signingKey = await keys.GetSigningKeyAsync(cancellationToken);
        await using var unitOfWork = await unitOfWorkManager.BeginAsync(cancellationToken: cancellationToken);
        var (_, clientError) = await AuthenticateClientAsync(clientId, clientSecret, "refresh_token", cancellationToken);
        if (clientError is not null)
        {
            return clientError;
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        var stored = await refreshTokens.FindByHashAsync(Hash(refreshToken), cancellationToken);
        if (stored is null || stored.ClientId != clientId || (currentTenant.IsAvailable && stored.TenantId != currentTenant.Id))
        {
            return TokenResult.Fail("invalid_grant", "The refresh token is invalid.");
        }

        // A refresh without a __tenant header runs as the host: check the token's tenant is still there and active.
        if (stored.TenantId is { } tokenTenantId && await tenantStore.FindAsync(tokenTenantId, cancellationToken) is not { IsActive: true })
        {
            return TokenResult.Fail("invalid_grant", "The refresh token's tenant is inactive or deleted.");
        }

        using (currentTenant.Change(stored.TenantId))
        {
            if (stored.ConsumedAtUtc is not null)
            {
                // Reuse of a rotated token: someone holds a stolen copy. Revoke the whole family.
                await refreshTokens.RevokeFamilyAsync(stored.FamilyId, now, cancellationToken);
                await unitOfWork.CompleteAsync(cancellationToken);
                return TokenResult.Fail("invalid_grant", "The refresh token was already used.");
            }

            if (!stored.IsUsable(now))
            {
                return TokenResult.Fail("invalid_grant", "The refresh token is expired or revoked.");
            }

            var user = await userManager.FindByIdAsync(stored.UserId.ToString());
            if (user is null || !user.IsActive || user.SecurityStamp != stored.SecurityStamp || await userManager.IsLockedOutAsync(user))
            {
                return TokenResult.Fail("invalid_grant", "The refresh token is no longer valid for this user.");
            }

            stored.Consume(now);
            var result = await IssueAsync(user, clientId, stored.FamilyId, signingKey, cancellationToken);
            await unitOfWork.CompleteAsync(cancellationToken);
            return result;
        }
    }

    /// <summary>RFC 7009: revokes a refresh token (and its family). Unknown tokens and tokens of other clients are ignored.</summary>
    public async Task<TokenResult?> RevokeAsync(string clientId, string? clientSecret, string token, CancellationToken cancellationToken)
    {
        await using var unitOfWork = await unitOfWorkManager.BeginAsync(cancellationToken: cancellationToken);
        var (_, clientError) = await AuthenticateClientAsync(clientId, clientSecret, grantType: null, cancellationToken);
        if (clientError is not null)
        {
            return clientError;
        }

        var stored = await refreshTokens.FindByHashAsync(Hash(token), cancellationToken);
        if (stored is not null && stored.ClientId == clientId)
        {
            using (currentTenant.Change(stored.TenantId))
            {
                await refreshTokens.RevokeFamilyAsync(stored.FamilyId, timeProvider.GetUtcNow().UtcDateTime, cancellationToken);
                await unitOfWork.CompleteAsync(cancellationToken);
            }
        }

        return null;
    }

    /// <summary>
    /// <c>grant_type=client_credentials</c>: a confidential client gets an access token (no refresh token)
    /// acting in its own tenant with its own permission grants.
    /// </summary>
    public async Task<TokenResult> ClientCredentialsGrantAsync(string clientId, string? clientSecret, string scope, CancellationToken cancellationToken)
    {
        var signingKey = await keys.GetSigningKeyAsync(cancellationToken);
        var (client, clientError) = await AuthenticateClientAsync(clientId, clientSecret, "client_credentials", cancellationToken);
        if (clientError is not null)
        {
            return clientError;
        }

        if (currentTenant.IsAvailable && currentTenant.Id != client!.TenantId)
        {
            return TokenResult.Fail("invalid_client", "The client does not belong to the requested tenant.");
        }

        if (client!.TenantId is { } clientTenantId && await tenantStore.FindAsync(clientTenantId, cancellationToken) is not { IsActive: true })
        {
            return TokenResult.Fail("invalid_client", "The client's tenant is inactive or deleted.");
        }

        var requested = scope.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var allowed = client!.GetScopes();
        if (requested.Except(allowed, StringComparer.Ordinal).Any())
        {
            return TokenResult.Fail("invalid_scope", "The client may not request that scope.");
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        var claims = new List<Claim>
        {
            new(FitSaaSClaimTypes.ClientId, client.ClientId),
            new(FitSaaSClaimTypes.UserName, client.ClientId),
            new("scope", string.Join(' ', requested.Length > 0 ? requested : allowed)),
            new(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
        };
        if (client.TenantId is { } tenantId)
        {
            claims.Add(new Claim(FitSaaSClaimTypes.TenantId, tenantId.ToString()));
        }

        return new TokenResult(CreateAccessToken(claims, now, signingKey), null, options.Value.AccessTokenLifetime, null, null);
    }

    /// <summary>
    /// Finds and authenticates the client (RFC 6749 §2.3): a confidential client must present its
    /// secret; a public client must not need one. With a grant type, checks the client may use it.
    /// </summary>
    private async Task<(OAuthClient? Client, TokenResult? Error)> AuthenticateClientAsync(string clientId, string? clientSecret, string? grantType, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(clientId))
        {
            return (null, TokenResult.Fail("invalid_client", "client_id is required."));
        }

        var client = await clients.FindByClientIdAsync(clientId, cancellationToken);
        if (client is null)
        {
            return (null, TokenResult.Fail("invalid_client", "Unknown client."));
        }

        if (!client.IsPublic && (clientSecret is null || client.ClientSecretHash is null ||
            secretHasher.VerifyHashedPassword(client, client.ClientSecretHash, clientSecret) == PasswordVerificationResult.Failed))
        {
            return (null, TokenResult.Fail("invalid_client", "Client authentication failed."));
        }

        if (grantType is not null && !client.AllowsGrantType(grantType))
        {
            return (null, TokenResult.Fail("unauthorized_client", $"The client may not use grant_type '{grantType}'."));
        }

        return (client, null);
    }

    private async Task<TokenResult> IssueAsync(AppUser user, string clientId, Guid familyId, SecurityKey signingKey, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var settings = options.Value;
        var claims = new List<Claim>
        {
            new(FitSaaSClaimTypes.UserId, user.Id.ToString()),
            new(FitSaaSClaimTypes.UserName, user.UserName!),
            new(FitSaaSClaimTypes.ClientId, clientId),
            new(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
        };
        if (user.Email is not null)
        {
            claims.Add(new Claim(FitSaaSClaimTypes.Email, user.Email));
        }

        if (user.TenantId is { } tenantId)
        {
            claims.Add(new Claim(FitSaaSClaimTypes.TenantId, tenantId.ToString()));
        }

        claims.AddRange((await userManager.GetRolesAsync(user)).Select(r => new Claim(FitSaaSClaimTypes.Role, r)));
        var accessToken = CreateAccessToken(claims, now, signingKey);

        var refreshToken = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        await refreshTokens.InsertAsync(
            new RefreshToken(guids.Create(), user.TenantId, user.Id, clientId, Hash(refreshToken), familyId, user.SecurityStamp ?? string.Empty, now, now + settings.RefreshTokenLifetime),
            cancellationToken: cancellationToken);
        return new TokenResult(accessToken, refreshToken, settings.AccessTokenLifetime, null, null);
    }

    private string CreateAccessToken(List<Claim> claims, DateTime now, SecurityKey signingKey)
    {
        var settings = options.Value;
        return s_handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + settings.AccessTokenLifetime,
            SigningCredentials = new SigningCredentials(signingKey, SecurityAlgorithms.RsaSha256),
        });
    }

    private static string Hash(string token) => Base64UrlEncoder.Encode(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
