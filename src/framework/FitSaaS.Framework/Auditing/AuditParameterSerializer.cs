using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Options;

namespace FitSaaS.Framework.Auditing;

/// <summary>
/// Serializes application-service arguments for the audit log as one JSON object keyed by parameter
/// name. Values of parameters and properties named like a secret (see
/// <see cref="AuditingOptions.SecretNameFragments"/>) or marked <see cref="DisableAuditingAttribute"/>
/// become <c>"***"</c>; cancellation tokens and streams are left out; the text is truncated.
/// </summary>
public sealed class AuditParameterSerializer
{
    private readonly AuditingOptions _options;
    private readonly JsonSerializerOptions _jsonOptions;

    /// <summary>Creates the serializer.</summary>
    public AuditParameterSerializer(IOptions<AuditingOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        var resolver = new DefaultJsonTypeInfoResolver();
        resolver.Modifiers.Add(Redact);
        _jsonOptions = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            TypeInfoResolver = resolver,
            ReferenceHandler = ReferenceHandler.IgnoreCycles,
            MaxDepth = 16,
            Converters = { new JsonStringEnumConverter() },
        };
    }

    /// <summary>Serializes the arguments of one call.</summary>
    public string Serialize(IReadOnlyList<ParameterInfo> parameters, IReadOnlyList<object?> arguments)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(arguments);
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < parameters.Count && i < arguments.Count; i++)
        {
            var parameter = parameters[i];
            var value = arguments[i];
            if (value is CancellationToken or Stream || parameter.ParameterType == typeof(CancellationToken))
            {
                continue;
            }

            var name = parameter.Name ?? $"arg{i}";
            values[name] = _options.IsSecretName(name) || parameter.GetCustomAttribute<DisableAuditingAttribute>() is not null
                ? AuditingOptions.RedactedValue
                : value;
        }

        string json;
        try
        {
            json = JsonSerializer.Serialize(values, _jsonOptions);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
        {
            json = "{\"error\":\"The parameters could not be serialized.\"}";
        }

        return Truncate(json, _options.MaxParametersLength);
    }

    /// <summary>Cuts <paramref name="value"/> to <paramref name="maxLength"/> characters.</summary>
    public static string Truncate(string value, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length <= maxLength ? value : value[..maxLength];
    }

    private void Redact(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        for (var i = 0; i < typeInfo.Properties.Count; i++)
        {
            var property = typeInfo.Properties[i];
            var member = property.AttributeProvider as MemberInfo;
            var secret = _options.IsSecretName(property.Name) || _options.IsSecretName(member?.Name) ||
                member?.GetCustomAttribute<DisableAuditingAttribute>() is not null;
            if (typeof(Stream).IsAssignableFrom(property.PropertyType))
            {
                typeInfo.Properties.RemoveAt(i--);
            }
            else if (secret)
            {
                var redacted = typeInfo.CreateJsonPropertyInfo(typeof(string), property.Name);
                redacted.Get = static _ => AuditingOptions.RedactedValue;
                typeInfo.Properties[i] = redacted;
            }
        }

        RedactNameValuePair(typeInfo);
    }

    // A name/value pair whose name is secret-like ({ "name": "Emailing.Smtp.Password", "value": "..." },
    // e.g. a setting update) gets its value redacted.
    private void RedactNameValuePair(JsonTypeInfo typeInfo)
    {
        var name = typeInfo.Properties.FirstOrDefault(p =>
            p.PropertyType == typeof(string) && (IsMember(p, "Name") || IsMember(p, "Key")) && p.Get is not null);
        var value = typeInfo.Properties.FirstOrDefault(p => p.PropertyType == typeof(string) && IsMember(p, "Value") && p.Get is not null);
        if (name?.Get is not { } nameGetter || value?.Get is not { } valueGetter)
        {
            return;
        }

        value.Get = target => _options.IsSecretName(nameGetter(target) as string) ? AuditingOptions.RedactedValue : valueGetter(target);
    }

    private static bool IsMember(JsonPropertyInfo property, string name) =>
        string.Equals((property.AttributeProvider as MemberInfo)?.Name ?? property.Name, name, StringComparison.OrdinalIgnoreCase);
}
