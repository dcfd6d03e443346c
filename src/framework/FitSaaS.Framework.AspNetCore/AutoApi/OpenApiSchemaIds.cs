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
