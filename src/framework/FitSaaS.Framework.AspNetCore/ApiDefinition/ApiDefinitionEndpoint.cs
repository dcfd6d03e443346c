using System.Text.Json;
using FitSaaS.Framework.AspNetCore.ExceptionHandling;
using FitSaaS.Framework.AspNetCore.OpenApi;
using FitSaaS.Framework.Exceptions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using MvcJsonOptions = Microsoft.AspNetCore.Mvc.JsonOptions;

namespace FitSaaS.Framework.AspNetCore.ApiDefinition;

/// <summary>
/// Maps <c>GET /api/api-definition[?includeTypes=true]</c> (anonymous: it describes routes and types, never data), the
/// modules → services → actions of every HTTP API generated from application services, as ABP's
/// <c>/api/abp/api-definition</c>. Other query values are ignored; an <c>includeTypes</c> that is not a boolean is a
/// 400 problem with code <c>FitSaaS:ValidationFailed</c>.
/// </summary>
public static class ApiDefinitionEndpoint
{
    /// <summary>The route.</summary>
    public const string Route = "/api/api-definition";

    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapFitSaaSApiDefinition(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet(Route, HandleAsync).WithTags("API definition").AllowAnonymous()
            .WithName("ApiDefinition_Get")
            .WithSummary("The modules → services → actions of every HTTP API generated from application services; includeTypes=true adds the DTOs and enums.")
            .Produces<ApplicationApiDefinition>()
            .ProducesProblemCodes(StatusCodes.Status400BadRequest, FitSaaSValidationException.ErrorCode);
        return endpoints;
    }

    /// <param name="context">The request.</param>
    /// <param name="builder">The cached definition.</param>
    /// <param name="json">The host's MVC JSON options (camelCase, enums as strings).</param>
    /// <param name="includeTypes"><c>true</c> to add the <c>types</c> map (DTOs and enums); default <c>false</c>.</param>
    private static async Task HandleAsync(HttpContext context, ApiDefinitionBuilder builder, IOptions<MvcJsonOptions> json,
        [FromQuery] string? includeTypes)
    {
        var withTypes = false;
        if (!string.IsNullOrEmpty(includeTypes) && !bool.TryParse(includeTypes, out withTypes))
        {
            var problem = new ValidationProblemDetails(new Dictionary<string, string[]>
            {
                ["includeTypes"] = ["Must be true or false."],
            })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "One or more validation errors occurred.",
            };
            await FitSaaSProblems.WriteAsync(context, FitSaaSProblems.WithCode(problem, context, FitSaaSValidationException.ErrorCode));
            return;
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(context.Response.Body, builder.Get(withTypes), json.Value.JsonSerializerOptions, context.RequestAborted);
    }
}
