using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Messaging;

/// <summary>
/// One message of a <see cref="Conversation"/>: plain text (trimmed, 1 to <see cref="ConversationConsts.MaxMessageLength"/>
/// characters) sent by a user at a UTC instant (unique and increasing within the conversation, see
/// <see cref="Conversation.RecordMessage"/>). Staff may hide it (members no longer see it; staff see it flagged); a data subject
/// erasure of its sender replaces its text with <see cref="ConversationConsts.ErasedMessageText"/> and keeps the row, so the
/// thread stays consistent.
/// </summary>
public sealed class ConversationMessage : CreationAuditedAggregateRoot<Guid>, IMultiTenant
{
    private ConversationMessage()
    {
        // EF Core
    }

    internal ConversationMessage(Guid id, Guid? tenantId, Guid conversationId, Guid senderUserId, string text, DateTime sentAtUtc)
        : base(id)
    {
        TenantId = tenantId;
        ConversationId = conversationId;
        SenderUserId = senderUserId;
        Text = NormalizeText(text);
        SentAtUtc = MessagingTime.Utc(sentAtUtc);
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The conversation.</summary>
    public Guid ConversationId { get; private set; }

    /// <summary>The user who sent it.</summary>
    public Guid SenderUserId { get; private set; }

    /// <summary>The text (plain, trimmed).</summary>
    public string Text { get; private set; } = "";

    /// <summary>When it was sent (UTC, microseconds).</summary>
    public DateTime SentAtUtc { get; private set; }

    /// <summary>When staff hid it (UTC); null while visible.</summary>
    public DateTime? HiddenAtUtc { get; private set; }

    /// <summary>The staff user who hid it; null while visible.</summary>
    public Guid? HiddenByUserId { get; private set; }

    /// <summary>When its text was erased with its sender's personal data (UTC); null otherwise.</summary>
    public DateTime? ErasedAtUtc { get; private set; }

    /// <summary>True once hidden by staff.</summary>
    public bool IsHidden => HiddenAtUtc is not null;

    /// <summary>
    /// The text as stored: trimmed, at least 1 and at most <see cref="ConversationConsts.MaxMessageLength"/> characters.
    /// </summary>
    /// <exception cref="BusinessException">
    /// <see cref="MessagingErrorCodes.MessageEmpty"/> (null, empty or white space), <see cref="MessagingErrorCodes.MessageTooLong"/>.
    /// </exception>
    public static string NormalizeText(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new BusinessException(MessagingErrorCodes.MessageEmpty, "A message needs some text.");
        }

        if (trimmed.Length > ConversationConsts.MaxMessageLength)
        {
            throw new BusinessException(MessagingErrorCodes.MessageTooLong, $"A message has at most {ConversationConsts.MaxMessageLength} characters.")
                .WithData("maxLength", ConversationConsts.MaxMessageLength)
                .WithData("length", trimmed.Length);
        }

        return trimmed;
    }

    /// <summary>Hides the message (staff moderation); hiding a hidden message changes nothing.</summary>
    public void Hide(Guid byUserId, DateTime nowUtc)
    {
        if (IsHidden)
        {
            return;
        }

        HiddenAtUtc = MessagingTime.Utc(nowUtc);
        HiddenByUserId = byUserId;
    }

    /// <summary>Replaces the text with <see cref="ConversationConsts.ErasedMessageText"/> (data subject erasure); idempotent.</summary>
    /// <returns>True when the text was replaced now.</returns>
    public bool Erase(DateTime nowUtc)
    {
        if (ErasedAtUtc is not null)
        {
            return false;
        }

        Text = ConversationConsts.ErasedMessageText;
        ErasedAtUtc = MessagingTime.Utc(nowUtc);
        return true;
    }
}
