using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Identity;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Identity;

/// <inheritdoc cref="IIdentityUserReadRepository"/>
public sealed class EfCoreIdentityUserReadRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider) : IIdentityUserReadRepository, FitSaaS.Framework.DependencyInjection.ITransientDependency
{
    private ValueTask<FitSaaSDbContext> GetDbContextAsync(CancellationToken cancellationToken) => dbContextProvider.GetDbContextAsync(cancellationToken: cancellationToken);

    /// <inheritdoc/>
    public async Task<Dictionary<Guid, string>> GetUserNamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default) =>
        await (await GetDbContextAsync(cancellationToken)).Set<AppUser>().AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.UserName!, cancellationToken);

    /// <inheritdoc/>
    public async Task<(List<AppUser> Items, long TotalCount)> GetPagedListAsync(
        string? filter, string? roleName, string? sortField, bool descending, int skipCount, int maxResultCount, CancellationToken cancellationToken = default)
    {
        var dbContext = await GetDbContextAsync(cancellationToken);
        var query = dbContext.Set<AppUser>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter))
        {
            var normalized = filter.Trim().ToUpperInvariant();
            query = query.Where(u => u.NormalizedUserName!.Contains(normalized) || u.NormalizedEmail!.Contains(normalized));
        }

        if (!string.IsNullOrWhiteSpace(roleName))
        {
            var normalizedRole = roleName.Trim().ToUpperInvariant();
            var holders = from userRole in dbContext.Set<AppUserRole>()
                          join role in dbContext.Set<AppRole>() on userRole.RoleId equals role.Id
                          where role.NormalizedName == normalizedRole
                          select userRole.UserId;
            query = query.Where(u => holders.Contains(u.Id));
        }

        var total = await query.LongCountAsync(cancellationToken);
        query = (sortField, descending) switch
        {
            ("email", false) => query.OrderBy(u => u.NormalizedEmail),
            ("email", true) => query.OrderByDescending(u => u.NormalizedEmail),
            ("creationTime", false) => query.OrderBy(u => u.CreationTime),
            ("creationTime", true) => query.OrderByDescending(u => u.CreationTime),
            (_, true) => query.OrderByDescending(u => u.NormalizedUserName),
            _ => query.OrderBy(u => u.NormalizedUserName),
        };
        return (await query.Skip(skipCount).Take(maxResultCount).ToListAsync(cancellationToken), total);
    }

    /// <inheritdoc/>
    public async Task<Dictionary<Guid, List<string>>> GetRoleNamesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken = default)
    {
        var dbContext = await GetDbContextAsync(cancellationToken);
        var pairs = await (from userRole in dbContext.Set<AppUserRole>()
                           join role in dbContext.Set<AppRole>() on userRole.RoleId equals role.Id
                           where userIds.Contains(userRole.UserId)
                           select new { userRole.UserId, role.Name })
            .ToListAsync(cancellationToken);
        return pairs.GroupBy(p => p.UserId).ToDictionary(g => g.Key, g => g.Select(p => p.Name!).Order(StringComparer.Ordinal).ToList());
    }

    /// <inheritdoc/>
    public async Task<List<(AppRole Role, int UserCount)>> GetRolesWithUserCountsAsync(CancellationToken cancellationToken = default)
    {
        var dbContext = await GetDbContextAsync(cancellationToken);
        var rows = await dbContext.Set<AppRole>().AsNoTracking()
            .OrderBy(r => r.NormalizedName)
            .Select(r => new { Role = r, Count = dbContext.Set<AppUserRole>().Count(ur => ur.RoleId == r.Id) })
            .ToListAsync(cancellationToken);
        return rows.Select(r => (r.Role, r.Count)).ToList();
    }

    /// <inheritdoc/>
    public async Task<long> CountInRoleAsync(string normalizedRoleName, CancellationToken cancellationToken = default)
    {
        var dbContext = await GetDbContextAsync(cancellationToken);
        return await dbContext.Set<AppUser>()
            .Where(u => dbContext.Set<AppUserRole>().Any(ur => ur.UserId == u.Id &&
                dbContext.Set<AppRole>().Any(r => r.Id == ur.RoleId && r.NormalizedName == normalizedRoleName)))
            .LongCountAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<Dictionary<Guid, string>> GetEmailsAsync(Guid? userId = null, CancellationToken cancellationToken = default)
    {
        var query = (await GetDbContextAsync(cancellationToken)).Set<AppUser>().AsNoTracking().Where(u => u.Email != null);
        if (userId is { } id)
        {
            query = query.Where(u => u.Id == id);
        }

        return await query.ToDictionaryAsync(u => u.Id, u => u.Email!, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<Dictionary<Guid, string>> GetEmailsOfAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        if (userIds.Count == 0)
        {
            return [];
        }

        return await (await GetDbContextAsync(cancellationToken)).Set<AppUser>().AsNoTracking()
            .Where(u => u.Email != null && userIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.Email!, cancellationToken);
    }
}
