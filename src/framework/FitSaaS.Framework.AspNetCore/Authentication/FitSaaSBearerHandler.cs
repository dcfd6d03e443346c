using System.Security.Claims;
using System.Text.Encodings.Web;
using FitSaaS.Framework.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FitSaaS.Framework.AspNetCore.Authentication;

// JwtBearer 9/10 do not restore here (they need a newer IdentityModel than the registry serves), so
// this small handler validates bearer tokens with JsonWebTokenHandler itself (ARCHITECTURE.md §1).

/// <summary>Supplies the keys that may have signed a valid access token (current and previous).</summary>
public interface IAccessTokenKeyProvider
{
    /// <summary>Returns the validation keys; called per validation, so implementations cache.</summary>
    Task<IReadOnlyList<SecurityKey>> GetValidationKeysAsync(CancellationToken cancellationToken = default);
}

/// <summary>Options of the bearer scheme.</summary>
public sealed class FitSaaSBearerOptions : AuthenticationSchemeOptions
{
    /// <summary>Expected <c>iss</c>; default <c>fitsaas</c>.</summary>
    public string Issuer { get; set; } = "fitsaas";

    /// <summary>Expected <c>aud</c>; default <c>fitsaas-api</c>.</summary>
    public string Audience { get; set; } = "fitsaas-api";

    /// <summary>Clock skew tolerated on <c>exp</c>/<c>nbf</c>; default 30 seconds.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>
/// Validates <c>Authorization: Bearer</c> RS256 JWTs (signature, issuer, audience, lifetime; no other
/// algorithms, so <c>alg: none</c> is refused) and builds the principal from the token's claims.
/// </summary>
public sealed class FitSaaSBearerHandler(
    IOptionsMonitor<FitSaaSBearerOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IAccessTokenKeyProvider keys,
    TimeProvider timeProvider) : AuthenticationHandler<FitSaaSBearerOptions>(options, logger, encoder)
{
    /// <summary>The scheme name.</summary>
    public const string SchemeName = "Bearer";

    private static readonly JsonWebTokenHandler s_tokenHandler = new() { MapInboundClaims = false };

    /// <inheritdoc/>
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? authorization = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(authorization) || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var token = authorization["Bearer ".Length..].Trim();
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = Options.Issuer,
            ValidAudience = Options.Audience,
            IssuerSigningKeys = await keys.GetValidationKeysAsync(Context.RequestAborted),
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            ClockSkew = Options.ClockSkew,
            NameClaimType = FitSaaSClaimTypes.UserName,
            RoleClaimType = FitSaaSClaimTypes.Role,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            LifetimeValidator = (notBefore, expires, _, p) =>
            {
                var now = timeProvider.GetUtcNow().UtcDateTime;
                return (notBefore is null || notBefore.Value - p.ClockSkew <= now) && expires is not null && expires.Value + p.ClockSkew > now;
            },
        };
        var result = await s_tokenHandler.ValidateTokenAsync(token, parameters);
        if (!result.IsValid)
        {
            return AuthenticateResult.Fail(result.Exception?.Message ?? "Invalid token.");
        }

        var principal = new ClaimsPrincipal(result.ClaimsIdentity);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }
}
