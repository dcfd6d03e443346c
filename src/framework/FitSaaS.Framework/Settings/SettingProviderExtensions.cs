using System.Globalization;

namespace FitSaaS.Framework.Settings;

/// <summary>Typed reads of <see cref="ISettingProvider"/>.</summary>
public static class SettingProviderExtensions
{
    /// <summary>
    /// The resolved value parsed with the invariant culture (e.g. <c>int</c>, <c>bool</c>), or
    /// <paramref name="defaultValue"/> when it is null or not parseable.
    /// </summary>
    public static async Task<T> GetAsync<T>(this ISettingProvider provider, string name, T defaultValue = default)
        where T : struct, IParsable<T>
    {
        ArgumentNullException.ThrowIfNull(provider);
        var value = await provider.GetOrNullAsync(name);
        return Parse(value, defaultValue);
    }

    /// <summary>True when the resolved value is <c>true</c> (case-insensitive).</summary>
    public static Task<bool> IsTrueAsync(this ISettingProvider provider, string name) => provider.GetAsync(name, false);

    /// <summary>Parses a value like <see cref="GetAsync{T}"/>.</summary>
    public static T Parse<T>(string? value, T defaultValue = default)
        where T : struct, IParsable<T> =>
        value is not null && T.TryParse(value.Trim(), CultureInfo.InvariantCulture, out var parsed) ? parsed : defaultValue;
}
