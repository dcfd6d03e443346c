using FitSaaS.Framework.Domain;

namespace FitSaaS.Messaging;

/// <summary>Conversations of the current tenant.</summary>
public interface IConversationRepository : IRepository<Conversation, Guid>
{
    /// <summary>The direct conversation of two users (either order), or null.</summary>
    Task<Conversation?> FindDirectAsync(Guid userId, Guid otherUserId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes the conversation's row lock (PostgreSQL) or the database's write lock (SQLite) until the end of the current
    /// transaction and returns the tracked conversation reloaded with its latest committed state, so concurrent senders are
    /// serialised instead of failing on the concurrency stamp. Needs a transactional unit of work.
    /// </summary>
    /// <exception cref="FitSaaS.Framework.Exceptions.EntityNotFoundException">No conversation with that id in the current tenant.</exception>
    /// <exception cref="InvalidOperationException">No transaction is open.</exception>
    Task<Conversation> LockAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The thread of a workout on a local date, or null.</summary>
    Task<Conversation?> FindWorkoutThreadAsync(Guid workoutId, DateOnly date, CancellationToken cancellationToken = default);

    /// <summary>
    /// The user's conversations (direct ones they take part in, workout threads they joined), latest activity first, untracked,
    /// and their total count.
    /// </summary>
    Task<(List<Conversation> Items, long TotalCount)> GetListOfUserAsync(Guid userId, int skipCount, int maxResultCount, CancellationToken cancellationToken = default);

    /// <summary>Workout threads, optionally of local dates from/to (inclusive), latest date first, untracked, and their total count.</summary>
    Task<(List<Conversation> Items, long TotalCount)> GetWorkoutThreadsAsync(
        DateOnly? fromDate, DateOnly? toDate, int skipCount, int maxResultCount, CancellationToken cancellationToken = default);
}
