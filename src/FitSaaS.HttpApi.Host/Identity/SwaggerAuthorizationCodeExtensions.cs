using FitSaaS.Framework.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerUI;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace FitSaaS.Identity;

/// <summary>
/// Swagger UI's Authorize dialog on the token server: an OAuth 2.0 security scheme <see cref="SchemeName"/> with the
/// authorization code flow (<c>/connect/authorize</c>, <c>/connect/token</c>, relative to the document's server) that Swagger
/// UI runs with PKCE as the public client <see cref="IdentityConsts.SwaggerClientId"/> (redirect URI
/// <c>{root}/swagger/oauth2-redirect.html</c>, seeded from <c>Identity:SwaggerRootUrl</c>). The plain bearer scheme (paste a
/// token) stays beside it.
/// </summary>
internal static class SwaggerAuthorizationCodeExtensions
{
    /// <summary>The security scheme's name in the OpenAPI document.</summary>
    public const string SchemeName = "oauth2";

    /// <summary>Adds the scheme and a requirement for it (an alternative to the bearer requirement).</summary>
    public static IServiceCollection ConfigureSwaggerForAuthorizationCode(this IServiceCollection services)
    {
        services.Configure<FitSaaSOpenApiOptions>(options => options.TagDescriptions[TokenServerEndpoints.OpenApiTag] =
            "The OAuth 2.0 / OpenID Connect server (OpenIddict): tokens and userinfo. Discovery is at /.well-known/openid-configuration.");
        services.ConfigureSwaggerGen(options =>
        {
            options.AddSecurityDefinition(SchemeName, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.OAuth2,
                Description = "Sign in on the FitSaaS sign-in page: authorization code flow with PKCE (S256), client FitSaaS_Swagger.",
                Flows = new OpenApiOAuthFlows
                {
                    AuthorizationCode = new OpenApiOAuthFlow
                    {
                        AuthorizationUrl = new Uri(TokenServerEndpoints.AuthorizationPath, UriKind.Relative),
                        TokenUrl = new Uri(TokenServerEndpoints.TokenPath, UriKind.Relative),
                        Scopes = new Dictionary<string, string>(StringComparer.Ordinal)
                        {
                            [IdentityConsts.ApiScope] = "The FitSaaS HTTP API.",
                            [Scopes.OpenId] = "An identity token (OpenID Connect).",
                            [Scopes.OfflineAccess] = "A refresh token.",
                        },
                    },
                },
            });
            options.AddSecurityRequirement(document => new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(SchemeName, document)] = [IdentityConsts.ApiScope],
            });
        });
        return services;
    }

    /// <summary>The document, and the Authorize dialog's client, PKCE and pre-selected scope.</summary>
    public static void UseAuthorizationCode(this SwaggerUIOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.SwaggerEndpoint("/swagger/v1/swagger.json", "FitSaaS API v1");
        options.OAuthClientId(IdentityConsts.SwaggerClientId);
        options.OAuthAppName("FitSaaS API");
        options.OAuthUsePkce();
        options.OAuthScopes(IdentityConsts.ApiScope);
    }
}
