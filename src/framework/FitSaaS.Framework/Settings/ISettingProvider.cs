namespace FitSaaS.Framework.Settings;

/// <summary>
/// Reads setting values for the current user and tenant, resolved user → tenant → global (host) →
/// the definition's default. Unknown names resolve to null.
/// </summary>
public interface ISettingProvider
{
    /// <summary>The resolved value or null.</summary>
    Task<string?> GetOrNullAsync(string name);

    /// <summary>The resolved values of several settings, reading each level at most once.</summary>
    Task<IReadOnlyDictionary<string, string?>> GetAllAsync(IEnumerable<string> names);
}
