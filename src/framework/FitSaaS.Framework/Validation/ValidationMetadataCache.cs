using System.Text.Json;

namespace FitSaaS.Framework.Validation;

/// <summary>Per-type list of the properties the validator descends into (nested DTOs and collections), built once per type.</summary>
public sealed class ValidationMetadataCache
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Type, (System.Reflection.PropertyInfo, string, bool)[]> _nested = new();

    /// <summary>Readable properties holding a DTO (flag true) or a non-string collection (flag false), with camelCase names.</summary>
    public IReadOnlyList<(System.Reflection.PropertyInfo Property, string Name, bool IsDto)> GetNestedProperties(Type type) =>
        _nested.GetOrAdd(type, static t => t.GetProperties()
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .Where(p => ValidationInterceptor.IsDto(p.PropertyType) ||
                (typeof(System.Collections.IEnumerable).IsAssignableFrom(p.PropertyType) && p.PropertyType != typeof(string)))
            .Select(p => (p, JsonNamingPolicy.CamelCase.ConvertName(p.Name), ValidationInterceptor.IsDto(p.PropertyType)))
            .ToArray());
}
