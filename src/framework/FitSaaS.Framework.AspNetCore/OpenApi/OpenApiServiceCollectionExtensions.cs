using System.Xml;
using System.Xml.XPath;
using FitSaaS.Framework.AspNetCore.AutoApi;
using FitSaaS.Framework.Modularity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace FitSaaS.Framework.AspNetCore.OpenApi;

/// <summary>
/// The OpenAPI document (Swashbuckle): the bearer scheme, schema ids (<see cref="OpenApiSchemaIds"/>), camelCase query keys,
/// the modules' XML docs, operation ids and summaries of application-service operations, problem responses with their codes,
/// <c>info</c>, <c>servers</c> and tag descriptions (<see cref="FitSaaSOpenApiOptions"/>, section <c>OpenApi</c>), and a
/// stable order.
/// </summary>
internal static class OpenApiServiceCollectionExtensions
{
    public static IServiceCollection AddFitSaaSOpenApi(this IServiceCollection services, ModuleContainer modules)
    {
        services.AddOptions<FitSaaSOpenApiOptions>().BindConfiguration(FitSaaSOpenApiOptions.SectionName);
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo { Title = "FitSaaS API", Version = "v1" });
            options.AddSecurityDefinition("Bearer", new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "Access token from POST /connect/token.",
            });
            options.AddSecurityRequirement(document => new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference("Bearer", document)] = [],
            });
            options.CustomSchemaIds(OpenApiSchemaIds.Get);
            // Query keys as the JSON names (camelCase), and a document that does not depend on reflection or endpoint order.
            options.DescribeAllParametersInCamelCase();
            var assemblies = modules.Modules.Select(m => m.Assembly).Distinct().ToList();
            var paths = assemblies
                .Select(a => Path.ChangeExtension(a.Location, ".xml"))
                .Where(File.Exists)
                .ToList();
            foreach (var path in paths)
            {
                options.IncludeXmlComments(path);
            }

            var docs = new ContractXmlDocs(paths.Select(LoadXml).ToList(), assemblies);
            options.OperationFilter<ContractXmlDocsOperationFilter>(docs);
            options.OperationFilter<ProblemResponsesOperationFilter>(docs);
            options.DocumentFilter<DocumentInfoFilter>(docs);
            options.DocumentFilter<StableOrderDocumentFilter>();
        });
        return services;
    }

    private static XPathDocument LoadXml(string path)
    {
        using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        return new XPathDocument(reader);
    }
}
