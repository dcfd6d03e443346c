using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Messaging;
using FitSaaS.Framework.Exceptions;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Messaging;

/// <summary>EF Core <see cref="IConversationRepository"/> (tenant filter applies).</summary>
public sealed class EfCoreConversationRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, Conversation>(dbContextProvider), IConversationRepository
{
    /// <inheritdoc/>
    public async Task<Conversation?> FindDirectAsync(Guid userId, Guid otherUserId, CancellationToken cancellationToken = default)
    {
        var (a, b) = Conversation.OrderPair(userId, otherUserId);
        return await (await GetDbSetAsync(cancellationToken))
            .FirstOrDefaultAsync(c => c.Kind == ConversationKind.Direct && c.ParticipantAId == a && c.ParticipantBId == b, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<Conversation> LockAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var dbContext = await GetDbContextAsync(cancellationToken);
        if (dbContext.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Locking a conversation needs a transaction: call it inside a transactional unit of work.");
        }

        // As for class sessions (ADR 0007): a no-op UPDATE takes the row lock (PostgreSQL) or the write lock (SQLite) until the
        // end of the transaction; the query filters apply, so another tenant's conversation is not found.
        var affected = await dbContext.Set<Conversation>()
            .Where(c => c.Id == id)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.LastActivityAtUtc, c => c.LastActivityAtUtc), cancellationToken);
        if (affected == 0)
        {
            throw new EntityNotFoundException(typeof(Conversation), id);
        }

        var tracked = dbContext.ChangeTracker.Entries<Conversation>().FirstOrDefault(e => e.Entity.Id == id);
        if (tracked is not null)
        {
            await tracked.ReloadAsync(cancellationToken);
            return tracked.Entity;
        }

        return await dbContext.Set<Conversation>().FirstAsync(c => c.Id == id, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<Conversation?> FindWorkoutThreadAsync(Guid workoutId, DateOnly date, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken))
            .FirstOrDefaultAsync(c => c.Kind == ConversationKind.WorkoutThread && c.WorkoutId == workoutId && c.WorkoutDate == date, cancellationToken);

    /// <inheritdoc/>
    public async Task<(List<Conversation> Items, long TotalCount)> GetListOfUserAsync(Guid userId, int skipCount, int maxResultCount, CancellationToken cancellationToken = default)
    {
        var dbContext = await GetDbContextAsync(cancellationToken);
        var readStates = dbContext.Set<ConversationReadState>();
        var query = (await GetDbSetAsync(cancellationToken)).AsNoTracking()
            .Where(c => c.ParticipantAId == userId || c.ParticipantBId == userId ||
                (c.Kind == ConversationKind.WorkoutThread && readStates.Any(r => r.ConversationId == c.Id && r.UserId == userId)));
        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderByDescending(c => c.LastActivityAtUtc).ThenByDescending(c => c.Id)
            .Skip(skipCount).Take(maxResultCount).ToListAsync(cancellationToken);
        return (items, total);
    }

    /// <inheritdoc/>
    public async Task<(List<Conversation> Items, long TotalCount)> GetWorkoutThreadsAsync(
        DateOnly? fromDate, DateOnly? toDate, int skipCount, int maxResultCount, CancellationToken cancellationToken = default)
    {
        var query = (await GetDbSetAsync(cancellationToken)).AsNoTracking().Where(c => c.Kind == ConversationKind.WorkoutThread);
        if (fromDate is { } from)
        {
            query = query.Where(c => c.WorkoutDate >= from);
        }

        if (toDate is { } to)
        {
            query = query.Where(c => c.WorkoutDate <= to);
        }

        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderByDescending(c => c.WorkoutDate).ThenByDescending(c => c.LastActivityAtUtc).ThenBy(c => c.Id)
            .Skip(skipCount).Take(maxResultCount).ToListAsync(cancellationToken);
        return (items, total);
    }
}
