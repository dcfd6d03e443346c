using System.Globalization;

namespace FitSaaS.Framework.PersonalData;

/// <summary>
/// The cell formats of <see cref="IMemberDataExportSource"/> rows, one place for every module: ids as lower-case GUIDs with
/// hyphens, UTC instants as ISO 8601 round-trip (<c>O</c>, ending in <c>Z</c>), local dates as <c>yyyy-MM-dd</c>, numbers
/// invariant, booleans as <c>true</c>/<c>false</c>; null stays null (an empty cell).
/// </summary>
public static class MemberDataExportFormat
{
    /// <summary>A GUID as <c>D</c> (lower case, hyphens).</summary>
    public static string Id(Guid id) => id.ToString("D");

    /// <summary>A number, invariant culture.</summary>
    public static string? Number(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary><c>true</c> or <c>false</c>.</summary>
    public static string Bool(bool value) => value ? "true" : "false";

    /// <summary>A local date as <c>yyyy-MM-dd</c>.</summary>
    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A UTC instant (stored without a kind) as ISO 8601 round-trip with <c>Z</c>.</summary>
    public static string? Instant(DateTime? instant) =>
        instant is { } value ? DateTime.SpecifyKind(value, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture) : null;
}
