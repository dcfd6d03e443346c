using System.ComponentModel.DataAnnotations;

namespace FitSaaS.SettingManagement;

/// <summary>Values to store at one level, in one transaction.</summary>
public sealed class UpdateSettingsDto
{
    /// <summary>The values; settings not listed keep their value.</summary>
    [Required]
    [MinLength(1)]
    public required IReadOnlyList<UpdateSettingValueDto> Settings { get; init; }
}
