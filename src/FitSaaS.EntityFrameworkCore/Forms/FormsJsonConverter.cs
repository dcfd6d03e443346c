using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FitSaaS.EntityFrameworkCore.Forms;

/// <summary>
/// Stores an immutable list of records (form fields, answers) as JSON text: the same column on SQLite and PostgreSQL. Enums are
/// written by name.
/// </summary>
/// <typeparam name="T">The value's type.</typeparam>
internal sealed class FormsJsonConverter<T>() : ValueConverter<T, string>(v => ToJson(v), v => FromJson(v))
    where T : class
{
    private static readonly JsonSerializerOptions s_options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Compares by JSON text: the stored values are immutable, so a snapshot is the reference itself.</summary>
    public static ValueComparer<T> Comparer { get; } = new(
        (left, right) => ReferenceEquals(left, right) || (left != null && right != null && ToJson(left) == ToJson(right)),
        value => ToJson(value).GetHashCode(StringComparison.Ordinal),
        value => value);

    public static string ToJson(T value) => JsonSerializer.Serialize(value, s_options);

    private static T FromJson(string json) => JsonSerializer.Deserialize<T>(json, s_options)!;
}
