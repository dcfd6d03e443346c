using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using OpenIddict.Validation;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace FitSaaS.Identity;

/// <summary>
/// The token server on OpenIddict 7 (docs/decisions/0027-openiddict.md): OpenIddict's server with the endpoints below,
/// keys from the database (<see cref="SigningKeyManager"/>), the token endpoint in pass-through mode
/// (<see cref="TokenService"/> decides who signs in), OpenIddict's validation (local server) as the default
/// authentication scheme of the API, the browser sign-in (<see cref="AuthorizationService"/>, the sign-in page and its
/// cookie, <see cref="SignInCookie"/>), the rate limits (<see cref="TokenRateLimiting"/>) and the pruning job.
/// </summary>
internal static class TokenServerServiceCollectionExtensions
{
    /// <summary>RFC 7009 revocation.</summary>
    public const string RevocationPath = "/connect/revocation";

    /// <summary>RFC 7662 introspection.</summary>
    public const string IntrospectionPath = "/connect/introspect";

    /// <summary>OpenID Connect discovery.</summary>
    public const string DiscoveryPath = "/.well-known/openid-configuration";

    /// <summary>The JSON Web Key Set (public signing keys).</summary>
    public const string JwksPath = "/.well-known/jwks";

    public static IServiceCollection AddTokenServer(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TokenServerOptions>().BindConfiguration(TokenServerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var settings = configuration.GetSection(TokenServerOptions.SectionName).Get<TokenServerOptions>() ?? new TokenServerOptions();
        services.AddSingleton<SigningKeyManager>();
        services.AddSingleton<OpenIddictKeyConfiguration>();
        services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>>(sp => sp.GetRequiredService<OpenIddictKeyConfiguration>());
        services.AddSingleton<IOptionsChangeTokenSource<OpenIddictServerOptions>>(sp => sp.GetRequiredService<OpenIddictKeyConfiguration>());
        services.AddSingleton<IOptionsChangeTokenSource<OpenIddictValidationOptions>, OpenIddictValidationKeyChangeTokenSource>();
        services.AddHostedService<SigningKeyRefresher>();
        services.AddScoped<TokenService>();
        services.AddScoped<AuthorizationService>();
        services.AddSignInCookie();
        services.AddSingleton<TokenRateLimiting>();
        services.AddRateLimiter(TokenRateLimiting.Configure);

        services.AddOpenIddict()
            .AddServer(options =>
            {
                options.SetIssuer(new Uri(settings.Issuer, UriKind.Absolute));
                options.SetTokenEndpointUris(TokenServerEndpoints.TokenPath.TrimStart('/'))
                    .SetAuthorizationEndpointUris(TokenServerEndpoints.AuthorizationPath.TrimStart('/'))
                    .SetEndSessionEndpointUris(TokenServerEndpoints.EndSessionPath.TrimStart('/'))
                    .SetRevocationEndpointUris(RevocationPath.TrimStart('/'))
                    .SetIntrospectionEndpointUris(IntrospectionPath.TrimStart('/'))
                    .SetUserInfoEndpointUris(TokenServerEndpoints.UserInfoPath.TrimStart('/'))
                    .SetConfigurationEndpointUris(DiscoveryPath.TrimStart('/'))
                    .SetJsonWebKeySetEndpointUris(JwksPath.TrimStart('/'));
                options.AllowPasswordFlow().AllowRefreshTokenFlow().AllowClientCredentialsFlow().AllowAuthorizationCodeFlow();
                // Every authorization request carries a PKCE challenge (RFC 7636), and only S256: "plain" would let a
                // stolen authorization request redeem the code.
                options.RequireProofKeyForCodeExchange();
                options.Configure(server => server.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));
                options.RegisterScopes(IdentityConsts.ApiScope, Scopes.OpenId, Scopes.OfflineAccess, Scopes.Profile, Scopes.Email, Scopes.Roles);
                options.RegisterClaims(Claims.Subject, Claims.Name, Claims.Email, Claims.Role, Framework.Users.FitSaaSClaimTypes.TenantId);
                options.SetAccessTokenLifetime(settings.AccessTokenLifetime).SetRefreshTokenLifetime(settings.RefreshTokenLifetime);
                // A used refresh token presented again revokes its family at once (OpenIddict's default leeway is 30 s).
                options.SetRefreshTokenReuseLeeway(TimeSpan.Zero);
                // Access tokens stay plain RS256 JWTs for resource servers and proxies; keys come from the database.
                options.DisableAccessTokenEncryption();
                options.AddEventHandler(RevokeTokenFamilyHandler.Descriptor);
                options.UseAspNetCore()
                    .EnableTokenEndpointPassthrough()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough()
                    // TLS ends at the reverse proxy in production; the issuer (https there) is configured explicitly.
                    .DisableTransportSecurityRequirement();
            })
            .AddValidation(options =>
            {
                options.UseLocalServer();
                options.AddAudiences(settings.Audience);
                options.UseAspNetCore();
            });

        services.AddAuthentication(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
        return services;
    }
}
