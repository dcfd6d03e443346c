using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Messaging;

/// <summary>What to preview: a kind in a language the gym offers, optionally with a draft subject and/or body.</summary>
public sealed class PreviewNotificationTemplateDto
{
    /// <summary>The notification kind.</summary>
    [Required]
    public NotificationKind? Kind { get; init; }

    /// <summary>A language the gym offers (lower-case BCP 47 tag); null = the gym's default language.</summary>
    [StringLength(NotificationTemplateOverrideConsts.MaxLanguageLength)]
    public string? Language { get; init; }

    /// <summary>A draft subject (Liquid); null = the effective template's.</summary>
    [StringLength(NotificationTemplateOverrideConsts.MaxSubjectLength)]
    public string? Subject { get; init; }

    /// <summary>A draft body (Liquid); null = the effective template's.</summary>
    [StringLength(NotificationTemplateOverrideConsts.MaxBodyLength)]
    public string? Body { get; init; }
}
