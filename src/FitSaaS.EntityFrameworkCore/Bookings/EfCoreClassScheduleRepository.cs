using FitSaaS.Bookings;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.Exceptions;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Bookings;

/// <inheritdoc cref="IClassScheduleRepository"/>
public sealed class EfCoreClassScheduleRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, ClassSchedule>(dbContextProvider), IClassScheduleRepository
{
    /// <inheritdoc/>
    public async Task<ClassSchedule> LockAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var dbContext = await GetDbContextAsync(cancellationToken);
        if (dbContext.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Locking a class schedule needs a transaction: call it inside a transactional unit of work.");
        }

        // As for sessions (ADR 0007): an UPDATE takes the row lock (PostgreSQL) or the write lock (SQLite) until the end of
        // the transaction; the query filters apply, so another tenant's or a deleted schedule is not found.
        var affected = await dbContext.Set<ClassSchedule>()
            .Where(s => s.Id == id)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.LockVersion, s => s.LockVersion + 1), cancellationToken);
        if (affected == 0)
        {
            throw new EntityNotFoundException(typeof(ClassSchedule), id);
        }

        var tracked = dbContext.ChangeTracker.Entries<ClassSchedule>().FirstOrDefault(e => e.Entity.Id == id);
        if (tracked is not null)
        {
            await tracked.ReloadAsync(cancellationToken);
            return tracked.Entity;
        }

        return await dbContext.Set<ClassSchedule>().FirstAsync(s => s.Id == id, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<(List<ClassSchedule> Items, long TotalCount)> GetPagedListAsync(
        Guid? locationId, Guid? classTypeId, int skipCount, int maxResultCount, CancellationToken cancellationToken = default)
    {
        var query = (await GetDbSetAsync(cancellationToken)).AsNoTracking();
        if (locationId is { } location)
        {
            query = query.Where(s => s.LocationId == location);
        }

        if (classTypeId is { } classType)
        {
            query = query.Where(s => s.ClassTypeId == classType);
        }

        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderBy(s => s.LocationId).ThenBy(s => s.LocalStartTime).ThenBy(s => s.Id)
            .Skip(skipCount).Take(maxResultCount).ToListAsync(cancellationToken);
        return (items, total);
    }

    /// <inheritdoc/>
    public async Task<List<Guid>> GetIdsAsync(CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).OrderBy(s => s.Id).Select(s => s.Id).ToListAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task<bool> AnyAtLocationAsync(Guid locationId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AnyAsync(s => s.LocationId == locationId, cancellationToken);

    /// <inheritdoc/>
    public async Task<bool> AnyOfClassTypeAsync(Guid classTypeId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AnyAsync(s => s.ClassTypeId == classTypeId, cancellationToken);
}
