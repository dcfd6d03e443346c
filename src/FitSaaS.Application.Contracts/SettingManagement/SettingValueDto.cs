namespace FitSaaS.SettingManagement;

/// <summary>A resolved setting value as the current user sees it.</summary>
public sealed class SettingValueDto
{
    /// <summary>Setting name.</summary>
    public required string Name { get; init; }

    /// <summary>Resolved value (user → tenant → global → default); null when none.</summary>
    public string? Value { get; init; }
}
