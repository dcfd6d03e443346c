namespace FitSaaS.Messaging;

/// <summary>Limits of notifications, their e-mail deliveries and preferences.</summary>
public static class NotificationConsts
{
    /// <summary>Most e-mail deliveries one e-mail job sends (the dispatcher splits larger sets): 500, an announcement batch.</summary>
    public const int MaxEmailsPerJob = 500;

    /// <summary>Maximum length of a source key (the event-derived idempotency key).</summary>
    public const int MaxSourceKeyLength = 200;

    /// <summary>Maximum length of a rendered title or e-mail subject.</summary>
    public const int MaxTitleLength = 300;

    /// <summary>Maximum length of a rendered body.</summary>
    public const int MaxBodyLength = 8000;

    /// <summary>Maximum length of a link's entity type (e.g. <c>Booking</c>).</summary>
    public const int MaxLinkEntityTypeLength = 64;

    /// <summary>Maximum length of an enum stored as text.</summary>
    public const int MaxEnumLength = 32;

    /// <summary>Maximum length of an IANA zone id.</summary>
    public const int MaxTimeZoneIdLength = 64;

    /// <summary>Maximum length of a language tag (e.g. <c>es</c>).</summary>
    public const int MaxLanguageLength = 8;

    /// <summary>Maximum length of the stored opt-out list.</summary>
    public const int MaxOptOutsLength = 200;

    /// <summary>The default language (English), used when the member chose none.</summary>
    public const string DefaultLanguage = "en";

    /// <summary>Largest page of notifications.</summary>
    public const int MaxPageSize = 100;
}
