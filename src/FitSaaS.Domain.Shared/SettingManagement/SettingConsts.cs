namespace FitSaaS.SettingManagement;

/// <summary>Lengths of stored settings.</summary>
public static class SettingConsts
{
    /// <summary>Maximum length of a setting name.</summary>
    public const int MaxNameLength = 128;

    /// <summary>Maximum length of a value as entered (plain text).</summary>
    public const int MaxValueLength = 2048;

    /// <summary>Maximum length of a stored value (an encrypted value is longer than the plain one).</summary>
    public const int MaxStoredValueLength = 4096;

    /// <summary>Maximum length of a provider name (<c>U</c>, <c>T</c>, <c>G</c>).</summary>
    public const int MaxProviderNameLength = 8;

    /// <summary>Maximum length of a provider key (a user or tenant id).</summary>
    public const int MaxProviderKeyLength = 64;
}
