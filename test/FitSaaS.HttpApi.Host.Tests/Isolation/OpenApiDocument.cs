using System.Text.Json;

namespace FitSaaS.HttpApi.Host.Tests.Isolation;

/// <summary>
/// The operations of an OpenAPI 3 document (as Swashbuckle writes it), read with System.Text.Json so the probe
/// discovers every route the host exposes, including routes added after the probe was written.
/// </summary>
public sealed class OpenApiDocument
{
    private static readonly string[] s_methods = ["get", "put", "post", "delete", "patch"];
    private readonly JsonElement _root;

    private OpenApiDocument(JsonElement root, IReadOnlyList<ApiOperation> operations)
    {
        _root = root;
        Operations = operations;
    }

    /// <summary>The whole document (components, tags, …).</summary>
    public JsonElement Root => _root;

    /// <summary>Every operation, in document order.</summary>
    public IReadOnlyList<ApiOperation> Operations { get; }

    public static OpenApiDocument Parse(string json)
    {
        var root = JsonDocument.Parse(json).RootElement.Clone();
        var operations = new List<ApiOperation>();
        foreach (var path in root.GetProperty("paths").EnumerateObject())
        {
            var shared = path.Value.TryGetProperty("parameters", out var common) ? common.EnumerateArray().ToList() : [];
            foreach (var method in s_methods)
            {
                if (!path.Value.TryGetProperty(method, out var operation))
                {
                    continue;
                }

                var parameters = shared
                    .Concat(operation.TryGetProperty("parameters", out var own) ? own.EnumerateArray() : [])
                    .Select(p => new ApiParameter(
                        p.GetProperty("name").GetString()!,
                        p.GetProperty("in").GetString()!,
                        p.TryGetProperty("schema", out var schema) ? schema : default,
                        p.TryGetProperty("required", out var required) && required.GetBoolean()))
                    .ToList();
                JsonElement? body = operation.TryGetProperty("requestBody", out var requestBody)
                    && requestBody.TryGetProperty("content", out var content)
                    && content.EnumerateObject().FirstOrDefault(c => c.Name.Contains("json", StringComparison.OrdinalIgnoreCase)) is { Value.ValueKind: JsonValueKind.Object } json1
                    && json1.Value.TryGetProperty("schema", out var bodySchema)
                        ? bodySchema
                        : null;
                operations.Add(new ApiOperation(method.ToUpperInvariant(), path.Name, parameters, body));
            }
        }

        return new OpenApiDocument(root, operations);
    }

    /// <summary>Follows <c>$ref</c> (and takes the first of <c>allOf</c>/<c>oneOf</c>/<c>anyOf</c>) to a concrete schema.</summary>
    public JsonElement Resolve(JsonElement schema)
    {
        for (var guard = 0; guard < 16 && schema.ValueKind == JsonValueKind.Object; guard++)
        {
            if (schema.TryGetProperty("$ref", out var reference))
            {
                schema = Find(reference.GetString()!);
                continue;
            }

            var composed = new[] { "allOf", "oneOf", "anyOf" }
                .Select(k => schema.TryGetProperty(k, out var list) && list.GetArrayLength() > 0 ? list[0] : (JsonElement?)null)
                .FirstOrDefault(x => x is not null);
            if (composed is null)
            {
                return schema;
            }

            schema = composed.Value;
        }

        return schema;
    }

    private JsonElement Find(string reference)
    {
        // "#/components/schemas/Name": names may contain dots, never slashes.
        var node = _root;
        foreach (var segment in reference.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node.GetProperty(segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
        }

        return node;
    }
}

/// <summary>One HTTP operation of the document.</summary>
/// <param name="Method">Upper-case HTTP method.</param>
/// <param name="Path">Path template, e.g. <c>/api/bookings/locations/{id}</c>.</param>
/// <param name="Parameters">Path, query and header parameters.</param>
/// <param name="BodySchema">JSON request body schema, if any.</param>
public sealed record ApiOperation(string Method, string Path, IReadOnlyList<ApiParameter> Parameters, JsonElement? BodySchema)
{
    /// <summary><c>METHOD /path/{template}</c>: how the probe names the operation in messages and the allow-list.</summary>
    public string Key => $"{Method} {Path}";

    public IEnumerable<ApiParameter> PathParameters => Parameters.Where(p => p.In == "path");

    public IEnumerable<ApiParameter> QueryParameters => Parameters.Where(p => p.In == "query");

    public override string ToString() => Key;
}

/// <summary>One parameter of an operation.</summary>
public sealed record ApiParameter(string Name, string In, JsonElement Schema, bool Required)
{
    public bool IsUuid => Schema.ValueKind == JsonValueKind.Object
        && Schema.TryGetProperty("format", out var format) && format.GetString() == "uuid";
}
