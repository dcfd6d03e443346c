using System.Text.Json;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FitSaaS.EntityFrameworkCore.Programs;

/// <summary>
/// Stores a list as a JSON array in a text column: the same mapping on SQLite and PostgreSQL (a
/// primitive collection would be JSON on one and an array type on the other). Enums are written by name
/// through their <c>JsonStringEnumConverter</c> attribute.
/// </summary>
/// <typeparam name="T">Item type.</typeparam>
internal sealed class JsonListConverter<T>() : ValueConverter<IReadOnlyList<T>, string>(v => ToJson(v), v => FromJson(v))
{
    private static readonly JsonSerializerOptions s_options = new(JsonSerializerDefaults.General);

    private static string ToJson(IReadOnlyList<T> value) => JsonSerializer.Serialize(value, s_options);

    private static T[] FromJson(string json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<T[]>(json, s_options) ?? [];
}
