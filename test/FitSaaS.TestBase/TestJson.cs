using System.Text.Json;
using System.Text.Json.Serialization;

namespace FitSaaS.Testing;

/// <summary>JSON options matching the API: web defaults (camelCase) and enums as strings.</summary>
public static class TestJson
{
    /// <summary>The options.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}
