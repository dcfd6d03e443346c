using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Messaging;

/// <summary>The gym's template of a kind in a language: Liquid sources of the subject and of the plain-text body.</summary>
public sealed class UpdateNotificationTemplateDto
{
    /// <summary>The subject's (in-app title's) Liquid source, 1 to <see cref="NotificationTemplateOverrideConsts.MaxSubjectLength"/> characters.</summary>
    [Required]
    [StringLength(NotificationTemplateOverrideConsts.MaxSubjectLength, MinimumLength = 1)]
    public string? Subject { get; init; }

    /// <summary>The body's Liquid source, 1 to <see cref="NotificationTemplateOverrideConsts.MaxBodyLength"/> characters.</summary>
    [Required]
    [StringLength(NotificationTemplateOverrideConsts.MaxBodyLength, MinimumLength = 1)]
    public string? Body { get; init; }
}
