namespace FitSaaS.Messaging;

/// <summary>Limits of a gym's notification template overrides (ADR 0064).</summary>
public static class NotificationTemplateOverrideConsts
{
    /// <summary>Maximum length of the subject's Liquid source.</summary>
    public const int MaxSubjectLength = 500;

    /// <summary>Maximum length of the body's Liquid source.</summary>
    public const int MaxBodyLength = 4000;

    /// <summary>Maximum length of a language tag (lower-case BCP 47, e.g. <c>pt-br</c>); the same as a preference's.</summary>
    public const int MaxLanguageLength = NotificationConsts.MaxLanguageLength;

    /// <summary>Maximum length of the kind stored as text.</summary>
    public const int MaxKindLength = NotificationConsts.MaxEnumLength;
}
