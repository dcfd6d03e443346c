using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FitSaaS.Framework.EntityFrameworkCore.ValueConversion;

/// <summary>
/// Stores an immutable value (a record or a list of records: workout sections and snapshots, form fields and answers) as JSON
/// text, the same column type on SQLite and PostgreSQL: JSON web defaults (camelCase), enums by name, null properties left out.
/// Use both: <c>.HasConversion(JsonValueConversion.Converter&lt;T&gt;(), JsonValueConversion.Comparer&lt;T&gt;())</c>.
/// </summary>
public static class JsonValueConversion
{
    private static readonly JsonSerializerOptions s_options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The converter between <typeparamref name="T"/> and its JSON text.</summary>
    /// <typeparam name="T">The value's type; treated as immutable (replace it to change it).</typeparam>
    public static ValueConverter<T, string> Converter<T>()
        where T : class => new(v => ToJson(v), v => JsonSerializer.Deserialize<T>(v, s_options)!);

    /// <summary>Compares by JSON text: the stored values are immutable, so a snapshot is the reference itself.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    public static ValueComparer<T> Comparer<T>()
        where T : class => new(
            (left, right) => ReferenceEquals(left, right) || (left != null && right != null && ToJson(left) == ToJson(right)),
            value => ToJson(value).GetHashCode(StringComparison.Ordinal),
            value => value);

    /// <summary>The value as the JSON text stored.</summary>
    public static string ToJson<T>(T value) => JsonSerializer.Serialize(value, s_options);
}
