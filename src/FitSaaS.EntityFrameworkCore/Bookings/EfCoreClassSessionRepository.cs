using FitSaaS.Bookings;
using FitSaaS.Framework.Data;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.EntityFrameworkCore.RowLevelSecurity;
using FitSaaS.Framework.Exceptions;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Bookings;

/// <inheritdoc cref="IClassSessionRepository"/>
public sealed class EfCoreClassSessionRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider, IDataFilter dataFilter)
    : EfCoreRepository<FitSaaSDbContext, ClassSession>(dbContextProvider), IClassSessionRepository
{
    // Compiled queries for the session list in its default order (EF Core, "Advanced performance topics"): it is the most
    // requested read of the product, and compiling skips building the expression tree, evaluating its closures and the
    // query-cache look-up on every request. An absent filter is a null parameter; EF Core drops its condition from the SQL
    // (the SQL is cached per combination of null parameters), so the statements equal those of Filter below.
    private static readonly Func<FitSaaSDbContext, DateTime?, DateTime?, Guid?, Guid?, Guid?, CancellationToken, Task<long>> s_count =
        EF.CompileAsyncQuery((FitSaaSDbContext db, DateTime? from, DateTime? to, Guid? locationId, Guid? classTypeId, Guid? coachId, CancellationToken _) =>
            db.Set<ClassSession>().AsNoTracking()
                .Where(s => from == null || s.StartsAtUtc >= from)
                .Where(s => to == null || s.StartsAtUtc < to)
                .Where(s => locationId == null || s.LocationId == locationId)
                .Where(s => classTypeId == null || s.ClassTypeId == classTypeId)
                .Where(s => coachId == null || s.CoachId == coachId)
                .LongCount());

    private static readonly Func<FitSaaSDbContext, DateTime?, DateTime?, Guid?, Guid?, Guid?, int, int, IAsyncEnumerable<ClassSession>> s_pageByStart =
        EF.CompileAsyncQuery((FitSaaSDbContext db, DateTime? from, DateTime? to, Guid? locationId, Guid? classTypeId, Guid? coachId, int skip, int take) =>
            db.Set<ClassSession>().AsNoTracking()
                .Where(s => from == null || s.StartsAtUtc >= from)
                .Where(s => to == null || s.StartsAtUtc < to)
                .Where(s => locationId == null || s.LocationId == locationId)
                .Where(s => classTypeId == null || s.ClassTypeId == classTypeId)
                .Where(s => coachId == null || s.CoachId == coachId)
                .OrderBy(s => s.StartsAtUtc).ThenBy(s => s.Id)
                .Skip(skip).Take(take));

    // Read before the lock on every member's booking (the member's limits are counted before the session is locked).
    private static readonly Func<FitSaaSDbContext, Guid, CancellationToken, Task<ClassSession?>> s_snapshot =
        EF.CompileAsyncQuery((FitSaaSDbContext db, Guid id, CancellationToken _) => db.Set<ClassSession>().AsNoTracking().FirstOrDefault(s => s.Id == id));

    // PostgreSQL's lock-and-read statement, built from the model once.
    private static string? s_lockSql;

    // Read after the lock on every booking and cancellation (SQLite).
    private static readonly Func<FitSaaSDbContext, Guid, CancellationToken, Task<ClassSession>> s_byId =
        EF.CompileAsyncQuery((FitSaaSDbContext db, Guid id, CancellationToken _) => db.Set<ClassSession>().First(s => s.Id == id));

    /// <summary>
    /// The session this unit of work tracks (every booking transition locked it first, so the booking events' handlers read
    /// it without a round trip), otherwise read through the query filters (EF Core's <c>FindAsync</c>).
    /// </summary>
    public override async Task<ClassSession?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).FindAsync([id], cancellationToken);

    /// <inheritdoc/>
    public async Task<ClassSession> GetSnapshotAsync(Guid id, CancellationToken cancellationToken = default) =>
        await s_snapshot(await GetDbContextAsync(cancellationToken), id, cancellationToken) ?? throw new EntityNotFoundException(typeof(ClassSession), id);

    /// <inheritdoc/>
    public async Task<ClassSession> LockAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var dbContext = await GetDbContextAsync(cancellationToken);
        if (dbContext.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Locking a class session needs a transaction: call it inside a transactional unit of work.");
        }

        // The query filters apply to both statements: another tenant's or a deleted session is not found.
        var tracked = dbContext.ChangeTracker.Entries<ClassSession>().FirstOrDefault(e => e.Entity.Id == id);
        ClassSession? locked = null;
        if (tracked is null && RowLevelSecurityNames.IsPostgreSql(dbContext.Database.GetDbConnection()))
        {
            // PostgreSQL, session not read yet: the lock an UPDATE takes and the row in one statement (FOR NO KEY UPDATE, so
            // the foreign-key checks of bookings being inserted do not wait for it).
            locked = await dbContext.Set<ClassSession>().FromSqlRaw(s_lockSql ??= BuildLockSql(dbContext), id).FirstOrDefaultAsync(cancellationToken)
                ?? throw new EntityNotFoundException(typeof(ClassSession), id);
        }
        else if (await (await GetDbSetAsync(cancellationToken))
                     .Where(s => s.Id == id)
                     .ExecuteUpdateAsync(u => u.SetProperty(s => s.LockVersion, s => s.LockVersion + 1), cancellationToken) == 0)
        {
            // An UPDATE takes the row lock (PostgreSQL) or the database write lock (SQLite) until the transaction ends.
            throw new EntityNotFoundException(typeof(ClassSession), id);
        }

        // What was read before the lock may be stale: refresh the session and its tracked bookings.
        var stale = dbContext.ChangeTracker.Entries<Booking>()
            .Where(e => e.Entity.ClassSessionId == id && e.State != EntityState.Added)
            .ToList();
        foreach (var entry in stale)
        {
            await entry.ReloadAsync(cancellationToken);
        }

        if (locked is not null)
        {
            return locked;
        }

        if (tracked is not null)
        {
            await tracked.ReloadAsync(cancellationToken);
            return tracked.Entity;
        }

        return await s_byId(dbContext, id, cancellationToken);
    }

    private static string BuildLockSql(DbContext dbContext)
    {
        var entity = dbContext.Model.FindEntityType(typeof(ClassSession))!;
        var table = entity.GetSchema() is { } schema ? $"\"{schema}\".\"{entity.GetTableName()}\"" : $"\"{entity.GetTableName()}\"";
        return $"SELECT * FROM {table} WHERE \"Id\" = {{0}} FOR NO KEY UPDATE";
    }

    /// <inheritdoc/>
    public async Task<(List<ClassSession> Items, long TotalCount)> GetPagedListAsync(
        ClassSessionListFilter filter, string? sortField, bool descending, int skipCount, int maxResultCount, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (sortField is null && !descending)
        {
            // The default order (what clients and the schedule page ask for): compiled queries.
            var context = await GetDbContextAsync(cancellationToken);
            var count = await s_count(context, filter.FromUtc, filter.ToUtc, filter.LocationId, filter.ClassTypeId, filter.CoachId, cancellationToken);
            var page = await s_pageByStart(context, filter.FromUtc, filter.ToUtc, filter.LocationId, filter.ClassTypeId, filter.CoachId, skipCount, maxResultCount)
                .ToListAsync(cancellationToken);
            return (page, count);
        }

        var query = Filter((await GetDbSetAsync(cancellationToken)).AsNoTracking(), filter);
        var total = await query.LongCountAsync(cancellationToken);
        query = (sortField, descending) switch
        {
            ("capacity", false) => query.OrderBy(s => s.Capacity).ThenBy(s => s.StartsAtUtc).ThenBy(s => s.Id),
            ("capacity", true) => query.OrderByDescending(s => s.Capacity).ThenBy(s => s.StartsAtUtc).ThenBy(s => s.Id),
            ("creationTime", false) => query.OrderBy(s => s.CreationTime).ThenBy(s => s.Id),
            ("creationTime", true) => query.OrderByDescending(s => s.CreationTime).ThenBy(s => s.Id),
            (_, true) => query.OrderByDescending(s => s.StartsAtUtc).ThenBy(s => s.Id),
            _ => query.OrderBy(s => s.StartsAtUtc).ThenBy(s => s.Id),
        };
        var items = await query.Skip(skipCount).Take(maxResultCount).ToListAsync(cancellationToken);
        return (items, total);
    }

    /// <inheritdoc/>
    public async Task<List<ClassSession>> GetListAsync(ClassSessionListFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return await Filter((await GetDbSetAsync(cancellationToken)), filter).OrderBy(s => s.StartsAtUtc).ThenBy(s => s.Id).ToListAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<bool> AnyAtLocationAsync(Guid locationId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AnyAsync(s => s.LocationId == locationId, cancellationToken);

    /// <inheritdoc/>
    public async Task<bool> AnyOfClassTypeAsync(Guid classTypeId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AnyAsync(s => s.ClassTypeId == classTypeId, cancellationToken);

    private static IQueryable<ClassSession> Filter(IQueryable<ClassSession> query, ClassSessionListFilter filter)
    {
        if (filter.FromUtc is { } from)
        {
            query = query.Where(s => s.StartsAtUtc >= from);
        }

        if (filter.ToUtc is { } to)
        {
            query = query.Where(s => s.StartsAtUtc < to);
        }

        if (filter.LocationId is { } locationId)
        {
            query = query.Where(s => s.LocationId == locationId);
        }

        if (filter.ClassTypeId is { } classTypeId)
        {
            query = query.Where(s => s.ClassTypeId == classTypeId);
        }

        if (filter.CoachId is { } coachId)
        {
            query = query.Where(s => s.CoachId == coachId);
        }

        return query;
    }

    /// <inheritdoc/>
    public async Task<List<ClassSession>> GetOfScheduleAsync(Guid classScheduleId, DateOnly fromDate, CancellationToken cancellationToken = default)
    {
        // Soft-deleted sessions too: a deleted occurrence must not be generated again.
        using (dataFilter.Disable<ISoftDelete>())
        {
            return await (await GetDbSetAsync(cancellationToken))
                .Where(s => s.ClassScheduleId == classScheduleId && s.OccurrenceDate >= fromDate)
                .OrderBy(s => s.OccurrenceDate)
                .ToListAsync(cancellationToken);
        }
    }
}
