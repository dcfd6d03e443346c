using FitSaaS.Framework.AspNetCore.AutoApi;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.AspNetCore.ExceptionHandling;
using FitSaaS.Framework.AspNetCore.MultiTenancy;
using FitSaaS.Framework.AspNetCore.OpenApi;
using FitSaaS.Framework.Http;
using FitSaaS.Framework.Modularity;
using FitSaaS.Framework.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FitSaaS.Framework.AspNetCore;

/// <summary>
/// The kit's web module: authentication plumbing, tenant resolution, problem-details errors, auto API
/// controllers for every application-service contract, JSON conventions (camelCase, enums as
/// strings) and the OpenAPI document with Swagger UI.
/// </summary>
[DependsOn(typeof(FitSaaSFrameworkModule))]
public sealed class FitSaaSFrameworkAspNetCoreModule : FitSaaSModule
{
    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.Services;
        services.AddHttpContextAccessor();
        services.Replace(ServiceDescriptor.Singleton<ICurrentPrincipalAccessor, HttpContextCurrentPrincipalAccessor>());
        services.Replace(ServiceDescriptor.Singleton<ICurrentClient, HttpContextCurrentClient>());
        services.AddOptions<TenantResolveOptions>().BindConfiguration("MultiTenancy");
        services.TryAddSingleton<MultiTenancy.TenantRequestMetrics>();
        services.AddOptions<ExceptionHttpStatusOptions>();
        services.AddProblemDetails();
        services.AddScoped<ApplicationConfiguration.ApplicationConfigurationBuilder>();
        services.AddSingleton(sp => new ApiDefinition.ApiDefinitionBuilder(
            sp.GetRequiredService<ModuleContainer>(), sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<JsonOptions>>()));
        services.AddExceptionHandler<FitSaaSExceptionHandler>();

        // The bearer scheme (OpenIddict's validation) and its default are added by the host that serves tokens.
        services.AddAuthentication();
        services.AddAuthorization();

        var modules = (ModuleContainer)services.Single(d => d.ServiceType == typeof(ModuleContainer)).ImplementationInstance!;
        services.AddControllers(options => options.Filters.Add<NoContentResultFilter>())
            .ConfigureApplicationPartManager(parts => parts.FeatureProviders.Add(new AutoApiControllerFeatureProvider(modules)))
            .AddJsonOptions(options => HttpApiJson.Configure(options.JsonSerializerOptions))
            .ConfigureApiBehaviorOptions(options => options.InvalidModelStateResponseFactory = ModelStateProblem);
        // The same JSON for minimal endpoints and problem details (IProblemDetailsService writes with these options): enums as
        // names in a problem's data and in the host's own endpoints, as the controllers and the OpenAPI document have them.
        services.ConfigureHttpJsonOptions(options => HttpApiJson.Configure(options.SerializerOptions));

        services.AddFitSaaSOpenApi(modules);
    }

    private static ObjectResult ModelStateProblem(ActionContext context)
    {
        var errors = context.ModelState
            .Where(e => e.Value?.Errors.Count > 0)
            .ToDictionary(
                e => ToCamelPath(e.Key),
                e => e.Value!.Errors.Select(x => string.IsNullOrEmpty(x.ErrorMessage) ? "The value is invalid." : x.ErrorMessage).ToArray());
        var problem = new ValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more validation errors occurred.",
        };
        FitSaaSProblems.WithCode(problem, context.HttpContext, FitSaaS.Framework.Exceptions.FitSaaSValidationException.ErrorCode);
        return new ObjectResult(problem) { StatusCode = 400, ContentTypes = { "application/problem+json" } };
    }

    private static string ToCamelPath(string key)
    {
        var trimmed = key.TrimStart('$', '.');
        return trimmed.Length == 0 ? "body" : string.Join('.', trimmed.Split('.').Select(p => p.Length > 0 ? char.ToLowerInvariant(p[0]) + p[1..] : p));
    }
}
