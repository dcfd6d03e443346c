using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace FitSaaS.Framework.AspNetCore.AutoApi;

/// <summary>
/// Component (schema) ids of the OpenAPI document: the type's full name (<c>FitSaaS.Bookings.BookingDto</c>); a closed
/// generic as <c>{definition}Of{argument}[And{argument}…]</c> (<c>FitSaaS.Framework.Application.PagedResultDtoOfFitSaaS.Bookings.BookingDto</c>),
/// never an assembly-qualified name, so the document does not change with assembly versions.
/// </summary>
public static class OpenApiSchemaIds
{
    /// <summary>The schema id of <paramref name="type"/>.</summary>
    public static string Get(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (!type.IsGenericType || type.IsGenericTypeDefinition)
        {
            return (type.FullName ?? type.Name).Replace('+', '.');
        }

        var definition = type.GetGenericTypeDefinition().FullName ?? type.Name;
        definition = definition[..definition.IndexOf('`', StringComparison.Ordinal)].Replace('+', '.');
        return definition + "Of" + string.Join("And", type.GetGenericArguments().Select(Get));
    }
}

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
