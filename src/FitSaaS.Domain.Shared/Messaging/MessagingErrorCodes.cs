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

    /// <summary>A message's text is empty or only white space.</summary>
    public const string MessageEmpty = "Messaging:MessageEmpty";

    /// <summary>A message's text is longer than <see cref="ConversationConsts.MaxMessageLength"/> characters (after trimming).</summary>
    public const string MessageTooLong = "Messaging:MessageTooLong";

    /// <summary>The recipient of a direct conversation is not a user of the gym (unknown, or of another gym).</summary>
    public const string RecipientNotFound = "Messaging:RecipientNotFound";

    /// <summary>A member may start a direct conversation only with staff (a coach or an admin).</summary>
    public const string RecipientNotAllowed = "Messaging:RecipientNotAllowed";

    /// <summary>A direct conversation needs two different users.</summary>
    public const string CannotMessageSelf = "Messaging:CannotMessageSelf";

    /// <summary>The user was blocked from the conversation by staff and may not post in it.</summary>
    public const string BlockedFromConversation = "Messaging:BlockedFromConversation";

    /// <summary>Only a member (not staff) can be blocked, and in a direct conversation only its member participant.</summary>
    public const string CannotBlockUser = "Messaging:CannotBlockUser";

    /// <summary>A paging cursor is not a UTC instant, or <c>after</c> is not before <c>before</c>.</summary>
    public const string InvalidMessageCursor = "Messaging:InvalidMessageCursor";

    // Real time.
}
