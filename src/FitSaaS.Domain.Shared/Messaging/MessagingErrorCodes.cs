namespace FitSaaS.Messaging;

/// <summary>
/// Stable error codes of the Messaging module (<c>Messaging:Reason</c>), returned as the problem details' <c>code</c>; their
/// HTTP statuses are mapped in <see cref="MessagingDomainSharedModule"/>.
/// </summary>
public static class MessagingErrorCodes
{
    // Notifications.

    // Announcements.

    /// <summary>The audience's location, class type or plan does not exist in the gym.</summary>
    public const string AudienceReferenceNotFound = "Messaging:AudienceReferenceNotFound";

    /// <summary>The audience matches no member: nothing would be delivered.</summary>
    public const string AudienceEmpty = "Messaging:AudienceEmpty";

    /// <summary>Only a draft announcement can be changed.</summary>
    public const string AnnouncementNotDraft = "Messaging:AnnouncementNotDraft";

    /// <summary>The announcement was already published (delivering or delivered) or cancelled.</summary>
    public const string AnnouncementNotPublishable = "Messaging:AnnouncementNotPublishable";

    /// <summary>Only a draft or scheduled announcement can be cancelled.</summary>
    public const string AnnouncementNotCancellable = "Messaging:AnnouncementNotCancellable";

    /// <summary>The scheduled instant is not in the future.</summary>
    public const string AnnouncementScheduleInPast = "Messaging:AnnouncementScheduleInPast";

    // Conversations.

    // Real time.
}
