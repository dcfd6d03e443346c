namespace FitSaaS.Messaging;

/// <summary>
/// Stable error codes of the Messaging module (<c>Messaging:Reason</c>), returned as the problem details' <c>code</c>; their
/// HTTP statuses are mapped in <see cref="MessagingDomainSharedModule"/>.
/// </summary>
public static class MessagingErrorCodes
{
    // Notifications.

    // Announcements.

    // Conversations.

    // Real time.
}
