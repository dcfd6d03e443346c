using System.Security.Cryptography;
using System.Text.Json;
using FitSaaS.Framework.Authorization;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Settings;
using FitSaaS.Framework.Users;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace FitSaaS.Framework.AspNetCore.ApplicationConfiguration;

/// <summary>
/// Maps <c>GET /api/application-configuration</c> (anonymous allowed). The response carries a strong
/// <c>ETag</c> (SHA-256 of the body, so it changes whenever a permission, setting or feature value does); a request whose <c>If-None-Match</c> matches gets 304 with no body.
/// </summary>
public static class ApplicationConfigurationEndpoint
{
    /// <summary>The route.</summary>
    public const string Route = "/api/application-configuration";

    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapFitSaaSApplicationConfiguration(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet(Route, HandleAsync).WithTags("Application configuration").AllowAnonymous()
            .Produces<ApplicationConfigurationDto>().Produces(StatusCodes.Status304NotModified);
        return endpoints;
    }

    private static async Task HandleAsync(HttpContext context, ApplicationConfigurationBuilder builder, IOptions<JsonOptions> json)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(await builder.BuildAsync(context.RequestAborted), json.Value.SerializerOptions);
        var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(body))[..32]}\"";
        context.Response.Headers.ETag = etag;
        context.Response.Headers.CacheControl = "private, no-cache";
        context.Response.Headers.Vary = "Authorization, __tenant";
        if (context.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == etag || t.Trim() == "*")))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }
}

/// <summary>Builds the application configuration of the current caller and tenant.</summary>
public sealed class ApplicationConfigurationBuilder(
    ICurrentUser currentUser,
    ICurrentTenant currentTenant,
    IPermissionChecker permissionChecker,
    ISettingDefinitionManager settingDefinitions,
    ISettingProvider settings,
    IFeatureDefinitionManager featureDefinitions,
    IFeatureChecker features)
{
    /// <summary>Builds it: one grant-set lookup, one settings lookup and one feature-values lookup (cached per tenant).</summary>
    public async Task<ApplicationConfigurationDto> BuildAsync(CancellationToken cancellationToken = default)
    {
        var granted = await permissionChecker.GetGrantedNamesAsync(cancellationToken);
        var featureValues = await features.GetAllAsync(cancellationToken);
        var visibleFeatures = featureDefinitions.Definitions.Where(d => d.IsVisibleToClients)
            .ToDictionary(d => d.Name, d => (string?)featureValues[d.Name], StringComparer.Ordinal);
        var visible = settingDefinitions.Definitions.Where(d => d.IsVisibleToClients && !d.IsEncrypted).Select(d => d.Name).ToList();
        return new ApplicationConfigurationDto
        {
            CurrentUser = new CurrentUserDto
            {
                IsAuthenticated = currentUser.IsAuthenticated,
                Id = currentUser.Id,
                UserName = currentUser.UserName,
                Roles = currentUser.Roles,
            },
            CurrentTenant = new CurrentTenantDto { Id = currentTenant.Id, Name = currentTenant.Name, IsAvailable = currentTenant.IsAvailable },
            Auth = new AuthConfigurationDto { GrantedPolicies = granted.ToDictionary(n => n, _ => true, StringComparer.Ordinal) },
            Features = visibleFeatures,
            Settings = visible.Count == 0 ? new Dictionary<string, string?>() : await settings.GetAllAsync(visible),
        };
    }
}
