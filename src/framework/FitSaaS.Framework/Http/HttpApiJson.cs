using System.Text.Json;
using System.Text.Json.Serialization;

namespace FitSaaS.Framework.Http;

/// <summary>
/// The JSON shape of the HTTP API, shared by the server (MVC's JSON options) and the C# client proxies so both read
/// and write the same documents: <see cref="JsonSerializerDefaults.Web"/> (camelCase names, case-insensitive reading,
/// numbers also from strings) and enums as their names (<see cref="JsonStringEnumConverter"/>).
/// </summary>
public static class HttpApiJson
{
    /// <summary>A shared, read-only instance of the options (do not modify).</summary>
    public static JsonSerializerOptions Options { get; } = CreateReadOnly();

    /// <summary>Applies the HTTP API's settings to <paramref name="options"/> (e.g. MVC's <c>JsonOptions.JsonSerializerOptions</c>).</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DictionaryKeyPolicy = null;
        options.PropertyNameCaseInsensitive = true;
        options.NumberHandling = JsonNumberHandling.AllowReadingFromString;
        if (!options.Converters.Any(c => c is JsonStringEnumConverter))
        {
            options.Converters.Add(new JsonStringEnumConverter());
        }
    }

    private static JsonSerializerOptions CreateReadOnly()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Configure(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
