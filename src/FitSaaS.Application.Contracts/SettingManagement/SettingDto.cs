namespace FitSaaS.SettingManagement;

/// <summary>A setting as stored at one level (user, tenant or global).</summary>
public sealed class SettingDto
{
    /// <summary>Setting name.</summary>
    public required string Name { get; init; }

    /// <summary>Human-readable name.</summary>
    public required string DisplayName { get; init; }

    /// <summary>The value stored at this level; null when none is stored, and always null for encrypted settings (see <see cref="HasValue"/>).</summary>
    public string? Value { get; init; }

    /// <summary>True when this level stores a value.</summary>
    public bool HasValue { get; init; }

    /// <summary>The definition's default value.</summary>
    public string? DefaultValue { get; init; }

    /// <summary>True when values are stored encrypted; they are write-only through the API.</summary>
    public bool IsEncrypted { get; init; }

    /// <summary>True when client applications receive the resolved value.</summary>
    public bool IsVisibleToClients { get; init; }
}
