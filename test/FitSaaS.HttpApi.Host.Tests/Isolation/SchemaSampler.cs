using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FitSaaS.Testing;

namespace FitSaaS.HttpApi.Host.Tests.Isolation;

/// <summary>
/// Builds plausible values from OpenAPI schemas, so a probe request passes input validation and reaches the
/// entity lookup: required and non-nullable properties are filled (nullable optional ones are left out),
/// bounds, lengths, patterns and enums are honoured, and a few property names get meaningful values.
/// </summary>
/// <param name="document">The document the schemas' <c>$ref</c>s point into.</param>
/// <param name="idFor">Value for a uuid property or parameter, by name; null = a fresh random id.</param>
/// <param name="fillOptionalId">Which nullable optional uuid properties (a coach, a member on whose behalf…) to fill too, by name; default none.</param>
/// <param name="text">Lower-case letters and digits that every sampled text starts with (a marker makes the data recognisable).</param>
public sealed class SchemaSampler(OpenApiDocument document, Func<string, string?> idFor, Func<string, bool>? fillOptionalId = null, string text = "probe")
{
    private static readonly DateTime s_someDay = DateTime.UtcNow.Date.AddDays(3).AddHours(18);
    private readonly string[] _stringCandidates = [text, $"{text}-1", $"P{text}1", $"{text}.value", "p1"];

    /// <summary>A value for a schema; <paramref name="name"/> is the property or parameter name, if any.</summary>
    public JsonNode? Sample(JsonElement schema, string? name = null, int depth = 0)
    {
        if (schema.ValueKind != JsonValueKind.Object || depth > 8)
        {
            return null;
        }

        schema = document.Resolve(schema);
        if (schema.TryGetProperty("enum", out var values) && values.GetArrayLength() > 0)
        {
            return JsonNode.Parse(values[0].GetRawText());
        }

        var type = schema.TryGetProperty("type", out var t) ? t.GetString() : schema.TryGetProperty("properties", out _) ? "object" : null;
        return type switch
        {
            "object" => SampleObject(schema, depth),
            "array" => SampleArray(schema, name, depth),
            "integer" or "number" => SampleNumber(schema),
            "boolean" => JsonValue.Create(true),
            "string" => JsonValue.Create(SampleString(schema, name ?? "")),
            _ => null,
        };
    }

    private JsonObject SampleObject(JsonElement schema, int depth)
    {
        var result = new JsonObject();
        if (!schema.TryGetProperty("properties", out var properties))
        {
            return result;
        }

        var required = schema.TryGetProperty("required", out var list) ? list.EnumerateArray().Select(x => x.GetString()).ToHashSet() : [];
        foreach (var property in properties.EnumerateObject())
        {
            var resolved = document.Resolve(property.Value);
            var nullable = IsNullable(property.Value) || IsNullable(resolved);
            var optionalId = fillOptionalId is not null && fillOptionalId(property.Name) && resolved.TryGetProperty("format", out var format) && format.GetString() == "uuid";
            if (nullable && !required.Contains(property.Name) && !optionalId)
            {
                continue;
            }

            result[property.Name] = Sample(property.Value, property.Name, depth + 1);
        }

        return result;
    }

    private JsonArray SampleArray(JsonElement schema, string? name, int depth)
    {
        var count = Math.Max(1, schema.TryGetProperty("minItems", out var min) ? min.GetInt32() : 1);
        var array = new JsonArray();
        if (!schema.TryGetProperty("items", out var items))
        {
            return array;
        }

        for (var i = 0; i < count; i++)
        {
            array.Add(Sample(items, name, depth + 1));
        }

        return array;
    }

    private static JsonValue SampleNumber(JsonElement schema)
    {
        var min = schema.TryGetProperty("minimum", out var lo) ? lo.GetDouble() : (double?)null;
        var max = schema.TryGetProperty("maximum", out var hi) ? hi.GetDouble() : (double?)null;
        var value = Math.Max(1, min ?? 1);
        if (max is not null && value > max)
        {
            value = max.Value;
        }

        return JsonValue.Create((long)Math.Ceiling(value));
    }

    private string SampleString(JsonElement schema, string name)
    {
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        switch (format)
        {
            case "uuid":
                return idFor(name) ?? Guid.NewGuid().ToString();
            case "date-time":
                return s_someDay.ToString("O", CultureInfo.InvariantCulture);
            case "date":
                return s_someDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            case "email":
                return $"{text}@example.test";
            default:
                break;
        }

        if (name.Contains("password", StringComparison.OrdinalIgnoreCase))
        {
            return TestUsers.Password;
        }

        if (name.Contains("email", StringComparison.OrdinalIgnoreCase))
        {
            return $"{text}@example.test";
        }

        if (name.Contains("timeZone", StringComparison.OrdinalIgnoreCase))
        {
            return "UTC";
        }

        var minLength = schema.TryGetProperty("minLength", out var minL) ? minL.GetInt32() : 0;
        var maxLength = schema.TryGetProperty("maxLength", out var maxL) ? maxL.GetInt32() : int.MaxValue;
        var pattern = schema.TryGetProperty("pattern", out var p) ? new Regex(p.GetString()!, RegexOptions.None, TimeSpan.FromSeconds(1)) : null;
        foreach (var candidate in _stringCandidates)
        {
            var value = candidate.PadRight(minLength, '1');
            value = value.Length > maxLength ? value[..maxLength] : value;
            if (pattern is null || pattern.IsMatch(value))
            {
                return value;
            }
        }

        return _stringCandidates[0];
    }

    private static bool IsNullable(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("nullable", out var nullable) && nullable.GetBoolean();
}
