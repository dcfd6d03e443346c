using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using System.Text;

namespace FitSaaS.Framework.Http.Client;

/// <summary>
/// Turns a contract method call into an HTTP request by the shape <see cref="HttpApiConventions"/> gives the server's
/// action: route values into the template, simple and complex query inputs into the query string (a complex input as
/// its settable public properties with camelCase keys, nested ones dotted, collections as repeated keys — what ASP.NET
/// Core's case-insensitive <c>[FromQuery]</c> binding reads and what the OpenAPI document and <c>/api/api-definition</c>
/// show), the body input as JSON with <see cref="HttpApiJson.Options"/>.
/// </summary>
public static class HttpApiRequestBuilder
{
    private static readonly ConcurrentDictionary<Type, (PropertyInfo Property, string Key)[]> s_queryProperties = new();

    /// <summary>Builds the relative URL (<c>api/…?…</c>) of a call.</summary>
    /// <exception cref="ArgumentException">A route value is null.</exception>
    public static string BuildRelativeUrl(HttpApiAction action, IReadOnlyList<object?> arguments)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(arguments);
        var path = action.Template;
        var query = new StringBuilder();
        for (var i = 0; i < action.Parameters.Count; i++)
        {
            var parameter = action.Parameters[i];
            var value = arguments[i];
            switch (parameter.Source)
            {
                case HttpApiBindingSource.Route:
                    var text = value is null ? throw new ArgumentException($"Route value '{parameter.Name}' may not be null.", parameter.Name) : Format(value);
                    path = path.Replace("{" + parameter.Name + "}", Uri.EscapeDataString(text), StringComparison.Ordinal);
                    break;
                case HttpApiBindingSource.Query when HttpApiConventions.IsSimple(parameter.Type) || IsSimpleCollection(parameter.Type):
                    AppendQuery(query, parameter.Name, value);
                    break;
                case HttpApiBindingSource.Query:
                    AppendObject(query, prefix: null, value, depth: 0);
                    break;
                default:
                    break;
            }
        }

        return query.Length == 0 ? path : path + "?" + query;
    }

    /// <summary>The JSON body of a call, or null when the action has no body parameter.</summary>
    public static HttpContent? BuildBody(HttpApiAction action, IReadOnlyList<object?> arguments)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(arguments);
        for (var i = 0; i < action.Parameters.Count; i++)
        {
            if (action.Parameters[i].Source == HttpApiBindingSource.Body)
            {
                return JsonContent.Create(arguments[i], action.Parameters[i].Type, options: HttpApiJson.Options);
            }
        }

        return null;
    }

    /// <summary>A simple value as the server's model binding reads it (invariant culture, ISO 8601 dates, enum names).</summary>
    public static string Format(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value switch
        {
            string s => s,
            bool b => b ? "true" : "false",
            Enum e => e.ToString(),
            DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
            DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            TimeOnly t => t.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
            TimeSpan t => t.ToString("c", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };
    }

    private static void AppendObject(StringBuilder query, string? prefix, object? value, int depth)
    {
        if (value is null || depth > 8)
        {
            return;
        }

        foreach (var (property, key) in s_queryProperties.GetOrAdd(value.GetType(), QueryProperties))
        {
            var name = prefix is null ? key : prefix + "." + key;
            var propertyValue = property.GetValue(value);
            if (HttpApiConventions.IsSimple(property.PropertyType) || IsSimpleCollection(property.PropertyType))
            {
                AppendQuery(query, name, propertyValue);
            }
            else
            {
                AppendObject(query, name, propertyValue, depth + 1);
            }
        }
    }

    // The settable public properties of a query DTO with their camelCase keys, once per type (not per call).
    private static (PropertyInfo Property, string Key)[] QueryProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.CanWrite && p.GetIndexParameters().Length == 0)
            .Select(p => (p, JsonNamingPolicy.CamelCase.ConvertName(p.Name)))
            .ToArray();

    private static void AppendQuery(StringBuilder query, string name, object? value)
    {
        if (value is null)
        {
            return;
        }

        if (value is not string && value is IEnumerable items)
        {
            foreach (var item in items)
            {
                AppendQuery(query, name, item);
            }

            return;
        }

        if (query.Length > 0)
        {
            query.Append('&');
        }

        query.Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(Format(value)));
    }

    private static bool IsSimpleCollection(Type type) =>
        type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type) &&
        (type.IsArray ? HttpApiConventions.IsSimple(type.GetElementType()!) :
            type.IsGenericType && type.GetGenericArguments() is [var element] && HttpApiConventions.IsSimple(element));
}
