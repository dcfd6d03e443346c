namespace FitSaaS.Framework.Settings;

/// <summary>
/// A setting a module defines: its name, default value and who may see it. Values are strings
/// (parse them with <see cref="SettingProviderExtensions.GetAsync{T}"/>); they are resolved user →
/// tenant → global → <see cref="DefaultValue"/>, considering only the levels in <see cref="Providers"/>.
/// </summary>
public sealed class SettingDefinition
{
    /// <summary>Creates a definition.</summary>
    /// <param name="name">Dotted, globally unique name, e.g. <c>Bookings.CancellationCutoffMinutes</c>.</param>
    /// <param name="defaultValue">Value when no level sets one.</param>
    /// <param name="displayName">Human-readable name; defaults to <paramref name="name"/>.</param>
    /// <param name="isVisibleToClients">True to send the resolved value to client applications.</param>
    /// <param name="isEncrypted">True to store values encrypted; such values are never sent to clients.</param>
    /// <param name="providers">
    /// Levels that may hold a value (<see cref="SettingProviderNames"/>); default tenant and global.
    /// Allow <see cref="SettingProviderNames.User"/> only for preferences a user may decide alone.
    /// </param>
    public SettingDefinition(
        string name,
        string? defaultValue = null,
        string? displayName = null,
        bool isVisibleToClients = false,
        bool isEncrypted = false,
        IEnumerable<string>? providers = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (isEncrypted && isVisibleToClients)
        {
            throw new ArgumentException($"Setting '{name}' cannot be both encrypted and visible to clients.", nameof(isVisibleToClients));
        }

        Name = name;
        DefaultValue = defaultValue;
        DisplayName = displayName ?? name;
        IsVisibleToClients = isVisibleToClients;
        IsEncrypted = isEncrypted;
        var levels = (providers ?? [SettingProviderNames.Tenant, SettingProviderNames.Global]).ToHashSet(StringComparer.Ordinal);
        if (levels.Except(SettingProviderNames.All).FirstOrDefault() is { } unknown)
        {
            throw new ArgumentException($"Unknown setting provider '{unknown}' for setting '{name}'.", nameof(providers));
        }

        Providers = levels;
    }

    /// <summary>Dotted, globally unique name.</summary>
    public string Name { get; }

    /// <summary>Value when no level sets one.</summary>
    public string? DefaultValue { get; }

    /// <summary>Human-readable name.</summary>
    public string DisplayName { get; }

    /// <summary>True when client applications may read the resolved value.</summary>
    public bool IsVisibleToClients { get; }

    /// <summary>True when values are stored encrypted (and never sent to clients).</summary>
    public bool IsEncrypted { get; }

    /// <summary>Levels (<see cref="SettingProviderNames"/>) that may hold a value.</summary>
    public IReadOnlySet<string> Providers { get; }
}
