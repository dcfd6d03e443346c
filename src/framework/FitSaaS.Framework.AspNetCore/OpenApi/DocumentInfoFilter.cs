using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace FitSaaS.Framework.AspNetCore.OpenApi;

/// <summary>
/// Fills in what makes the document usable by other tools: <c>info</c> (title, description, licence), <c>servers</c> (the
/// serving host as the relative <c>/</c>, then the configured ones) and the description of every tag: an application
/// service's from its contract's XML summary, others from <see cref="FitSaaSOpenApiOptions.TagDescriptions"/>.
/// </summary>
internal sealed class DocumentInfoFilter(ContractXmlDocs docs, IOptions<FitSaaSOpenApiOptions> options) : IDocumentFilter
{
    /// <summary>The first server: the host serving the document, relative to the document's URL.</summary>
    public const string RelativeServerUrl = "/";

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var settings = options.Value;
        swaggerDoc.Info ??= new OpenApiInfo();
        swaggerDoc.Info.Title = settings.Title;
        swaggerDoc.Info.Description = settings.Description;
        swaggerDoc.Info.License = new OpenApiLicense { Name = settings.LicenseName, Url = settings.LicenseUrl };

        swaggerDoc.Servers = [new OpenApiServer { Url = RelativeServerUrl, Description = "The host serving this document." }];
        foreach (var server in settings.Servers.Where(s => !string.IsNullOrWhiteSpace(s.Url)))
        {
            swaggerDoc.Servers.Add(new OpenApiServer { Url = server.Url, Description = server.Description });
        }

        var descriptions = new Dictionary<string, string>(settings.TagDescriptions, StringComparer.Ordinal);
        foreach (var api in context.ApiDescriptions)
        {
            if (ContractXmlDocs.FindContractMethod(api) is var (contract, _) &&
                api.ActionDescriptor is ControllerActionDescriptor action &&
                !descriptions.ContainsKey(action.ControllerName) &&
                docs.GetTypeSummary(contract) is { } summary)
            {
                descriptions[action.ControllerName] = summary;
            }
        }

        swaggerDoc.Tags ??= new HashSet<OpenApiTag>();
        foreach (var tag in swaggerDoc.Tags)
        {
            if (tag.Name is { } name && descriptions.TryGetValue(name, out var description))
            {
                tag.Description = description;
            }
        }
    }
}
