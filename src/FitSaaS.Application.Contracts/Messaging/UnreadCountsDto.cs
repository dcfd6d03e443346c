namespace FitSaaS.Messaging;

/// <summary>
/// A user's unread counts, pushed with <see cref="MessagingHubMethods.UnreadCountsChanged"/> when one changes. A count
/// the change did not touch is null (the client keeps the value it has).
/// </summary>
public sealed class UnreadCountsDto
{
    /// <summary>Unread in-app notifications; null = unchanged.</summary>
    public int? Notifications { get; init; }

    /// <summary>Conversations (1:1 and workout threads) with at least one unread message; null = unchanged.</summary>
    public int? Conversations { get; init; }
}
