using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Messaging;

/// <summary>
/// A conversation of the gym: a <see cref="ConversationKind.Direct"/> 1:1 conversation between two users (one per pair of
/// users: <see cref="ParticipantAId"/> is the lower id of the two, <see cref="ParticipantBId"/> the higher, so starting it again
/// finds the same row), or the <see cref="ConversationKind.WorkoutThread"/> of a published workout on a local date (one per
/// workout and date). Its messages are <see cref="ConversationMessage"/> rows; <see cref="LastMessageAtUtc"/> orders the
/// conversation lists and keeps the messages' sent instants strictly increasing within the conversation.
/// </summary>
public sealed class Conversation : CreationAuditedAggregateRoot<Guid>, IMultiTenant
{
    private Conversation()
    {
        // EF Core
    }

    private Conversation(Guid id, Guid? tenantId, ConversationKind kind, DateTime createdAtUtc)
        : base(id)
    {
        TenantId = tenantId;
        Kind = kind;
        CreatedAtUtc = MessagingTime.Utc(createdAtUtc);
        LastActivityAtUtc = CreatedAtUtc;
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>Direct or workout thread.</summary>
    public ConversationKind Kind { get; private set; }

    /// <summary>A direct conversation's participant with the lower user id; null for a workout thread.</summary>
    public Guid? ParticipantAId { get; private set; }

    /// <summary>A direct conversation's participant with the higher user id; null for a workout thread.</summary>
    public Guid? ParticipantBId { get; private set; }

    /// <summary>A workout thread's workout; null for a direct conversation.</summary>
    public Guid? WorkoutId { get; private set; }

    /// <summary>A workout thread's local date (the track's date the workout was published to); null for a direct conversation.</summary>
    public DateOnly? WorkoutDate { get; private set; }

    /// <summary>A workout thread's title (the workout's latest published title, at most <see cref="ConversationConsts.MaxTitleLength"/> characters); null for a direct conversation.</summary>
    public string? Title { get; private set; }

    /// <summary>When it was started (UTC).</summary>
    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>When its latest message was sent (UTC); null while it has none.</summary>
    public DateTime? LastMessageAtUtc { get; private set; }

    /// <summary>The latest message's instant, else the start (UTC): the order of conversation lists, newest first.</summary>
    public DateTime LastActivityAtUtc { get; private set; }

    /// <summary>Starts a direct conversation between two different users.</summary>
    /// <exception cref="BusinessException"><see cref="MessagingErrorCodes.CannotMessageSelf"/> when both are the same user.</exception>
    public static Conversation StartDirect(Guid id, Guid? tenantId, Guid userId, Guid otherUserId, DateTime nowUtc)
    {
        var (a, b) = OrderPair(userId, otherUserId);
        return new Conversation(id, tenantId, ConversationKind.Direct, nowUtc) { ParticipantAId = a, ParticipantBId = b };
    }

    /// <summary>Starts the thread of a workout published to a local date.</summary>
    /// <exception cref="ArgumentException">The title is empty.</exception>
    public static Conversation StartWorkoutThread(Guid id, Guid? tenantId, Guid workoutId, DateOnly date, string title, DateTime nowUtc)
    {
        var thread = new Conversation(id, tenantId, ConversationKind.WorkoutThread, nowUtc) { WorkoutId = workoutId, WorkoutDate = date };
        thread.Rename(title);
        return thread;
    }

    /// <summary>
    /// The stored order of a direct pair (lower id first, by <see cref="Guid.CompareTo(Guid)"/>), as the unique key finds it.
    /// </summary>
    /// <exception cref="BusinessException"><see cref="MessagingErrorCodes.CannotMessageSelf"/> when both are the same user.</exception>
    public static (Guid A, Guid B) OrderPair(Guid userId, Guid otherUserId)
    {
        if (userId == otherUserId)
        {
            throw new BusinessException(MessagingErrorCodes.CannotMessageSelf, "A conversation needs two different users.");
        }

        return userId.CompareTo(otherUserId) < 0 ? (userId, otherUserId) : (otherUserId, userId);
    }

    /// <summary>True when <paramref name="userId"/> is one of a direct conversation's two participants (never for a workout thread).</summary>
    public bool IsParticipant(Guid userId) => Kind == ConversationKind.Direct && (ParticipantAId == userId || ParticipantBId == userId);

    /// <summary>The other participant of a direct conversation; null for a workout thread or a user who is no participant.</summary>
    public Guid? OtherParticipant(Guid userId) =>
        !IsParticipant(userId) ? null : ParticipantAId == userId ? ParticipantBId : ParticipantAId;

    /// <summary>Changes a workout thread's title (trimmed; cut to <see cref="ConversationConsts.MaxTitleLength"/> characters).</summary>
    /// <exception cref="ArgumentException">The title is empty.</exception>
    /// <exception cref="InvalidOperationException">The conversation is no workout thread.</exception>
    public void Rename(string title)
    {
        if (Kind != ConversationKind.WorkoutThread)
        {
            throw new InvalidOperationException("Only a workout thread has a title.");
        }

        var trimmed = title?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new ArgumentException("A workout thread needs a title.", nameof(title));
        }

        Title = trimmed.Length > ConversationConsts.MaxTitleLength ? trimmed[..ConversationConsts.MaxTitleLength] : trimmed;
    }

    /// <summary>
    /// The instant a message sent at <paramref name="nowUtc"/> gets: <paramref name="nowUtc"/> at microsecond precision, moved to
    /// one microsecond after the latest message when it is not later (so the messages' instants are unique and increasing and
    /// time cursors never skip one); records it as the latest activity.
    /// </summary>
    public DateTime RecordMessage(DateTime nowUtc)
    {
        var sentAt = MessagingTime.Utc(nowUtc);
        if (LastMessageAtUtc is { } last && sentAt <= last)
        {
            sentAt = last.AddTicks(10);
        }

        LastMessageAtUtc = sentAt;
        LastActivityAtUtc = sentAt;
        return sentAt;
    }
}
