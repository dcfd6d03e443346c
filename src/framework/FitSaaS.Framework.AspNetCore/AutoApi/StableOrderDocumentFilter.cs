using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace FitSaaS.Framework.AspNetCore.AutoApi;

/// <summary>
/// Sorts the document's paths, component schemas and tags by ordinal name, so two generations of the same API are
/// byte-identical whatever the reflection or endpoint order (the committed <c>docs/openapi.json</c> is compared).
/// </summary>
internal sealed class StableOrderDocumentFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        if (swaggerDoc.Paths is { Count: > 0 } paths)
        {
            var sorted = paths.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
            paths.Clear();
            foreach (var (key, value) in sorted)
            {
                paths.Add(key, value);
            }
        }

        if (swaggerDoc.Components?.Schemas is { Count: > 0 } schemas)
        {
            swaggerDoc.Components.Schemas = new SortedDictionary<string, IOpenApiSchema>(schemas, StringComparer.Ordinal);
        }

        if (swaggerDoc.Tags is { Count: > 0 } tags)
        {
            swaggerDoc.Tags = new SortedSet<OpenApiTag>(tags, Comparer<OpenApiTag>.Create((a, b) => string.CompareOrdinal(a.Name, b.Name)));
        }
    }
}
