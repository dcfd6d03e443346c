namespace FitSaaS.Framework.Settings;

/// <summary>The levels a setting value is stored at, as stored in <c>Setting.ProviderName</c>.</summary>
public static class SettingProviderNames
{
    /// <summary>A user's own value (provider key: the user id).</summary>
    public const string User = "U";

    /// <summary>A tenant's value (provider key: the tenant id).</summary>
    public const string Tenant = "T";

    /// <summary>The host's global value for everyone (no provider key).</summary>
    public const string Global = "G";

    /// <summary>Every level, highest precedence first: user → tenant → global.</summary>
    public static IReadOnlyList<string> All { get; } = [User, Tenant, Global];
}
