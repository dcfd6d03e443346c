namespace FitSaaS.Messaging;

/// <summary>
/// Stable error codes of the Messaging module (<c>Messaging:Reason</c>), returned as the problem details' <c>code</c>; their
/// HTTP statuses are mapped in <see cref="MessagingDomainSharedModule"/>.
/// </summary>
public static class MessagingErrorCodes
{
    // Notifications.
    /// <summary>A preference's IANA time zone is unknown (or not IANA).</summary>
    public const string InvalidTimeZone = "Messaging:InvalidTimeZone";

    /// <summary>A preference's language is not one the tenant offers.</summary>
    public const string UnsupportedLanguage = "Messaging:UnsupportedLanguage";

    /// <summary>A notification template does not parse as Liquid or uses a variable its kind does not offer.</summary>
    public const string InvalidTemplate = "Messaging:InvalidTemplate";

    // Announcements.

    // Conversations.

    // Real time.
}
