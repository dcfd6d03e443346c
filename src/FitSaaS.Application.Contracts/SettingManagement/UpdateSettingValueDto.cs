using System.ComponentModel.DataAnnotations;

namespace FitSaaS.SettingManagement;

/// <summary>One value to store at a level.</summary>
public sealed class UpdateSettingValueDto
{
    /// <summary>Setting name.</summary>
    [Required]
    [StringLength(SettingConsts.MaxNameLength)]
    public required string Name { get; init; }

    /// <summary>The new value (never written to audit logs: it may be a secret); null removes the level's value so a lower level or the default applies.</summary>
    [StringLength(SettingConsts.MaxValueLength)]
    [FitSaaS.Framework.Auditing.DisableAuditing]
    public string? Value { get; init; }
}
