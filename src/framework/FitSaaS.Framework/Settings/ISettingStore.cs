namespace FitSaaS.Framework.Settings;

/// <summary>
/// Where stored values come from: all values of one level in one read (cached by the implementation).
/// The SettingManagement module provides the database store; without it only defaults apply.
/// </summary>
public interface ISettingStore
{
    /// <summary>The stored values of one level by setting name, decrypted.</summary>
    Task<IReadOnlyDictionary<string, string>> GetValuesAsync(SettingScope scope, CancellationToken cancellationToken = default);
}
