using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

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
            .WithName("ApplicationConfiguration_Get")
            .WithSummary("The current user and tenant, granted permissions, feature and setting values; 304 when If-None-Match matches the ETag.")
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
