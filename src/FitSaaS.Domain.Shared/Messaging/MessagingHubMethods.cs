namespace FitSaaS.Messaging;

/// <summary>
/// Names of the client methods the Messaging hub (<c>/hubs/messaging</c>) calls on connected clients. A client subscribes
/// with <c>connection.On(MessagingHubMethods.NotificationReceived, …)</c>; payloads are the JSON of the DTO each names.
/// </summary>
public static class MessagingHubMethods
{
    /// <summary>A new in-app notification for the user (payload: the notification DTO).</summary>
    public const string NotificationReceived = "notificationReceived";

    /// <summary>A new message in one of the user's conversations (payload: the message DTO).</summary>
    public const string MessageReceived = "messageReceived";

    /// <summary>The user's unread counts changed (payload: the unread counts DTO).</summary>
    public const string UnreadCountsChanged = "unreadCountsChanged";
}
