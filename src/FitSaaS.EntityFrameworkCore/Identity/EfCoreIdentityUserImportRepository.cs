using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Identity;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Identity;

/// <inheritdoc cref="IIdentityUserImportRepository"/>
public sealed class EfCoreIdentityUserImportRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider) : IIdentityUserImportRepository, ITransientDependency
{
    private const int KeysPerQuery = 1_000;

    /// <inheritdoc/>
    public async Task<List<AppUser>> GetByNormalizedEmailsOrUserNamesAsync(IReadOnlyCollection<string> normalizedKeys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(normalizedKeys);
        var dbContext = await dbContextProvider.GetDbContextAsync(cancellationToken: cancellationToken);
        var users = new Dictionary<Guid, AppUser>();
        foreach (var chunk in normalizedKeys.Distinct(StringComparer.Ordinal).Chunk(KeysPerQuery))
        {
            var found = await dbContext.Set<AppUser>()
                .Where(u => chunk.Contains(u.NormalizedEmail!) || chunk.Contains(u.NormalizedUserName!))
                .ToListAsync(cancellationToken);
            foreach (var user in found)
            {
                users.TryAdd(user.Id, user);
            }
        }

        return [.. users.Values];
    }

    /// <inheritdoc/>
    public async Task InsertInRoleAsync(IReadOnlyCollection<AppUser> users, string normalizedRoleName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(users);
        if (users.Count == 0)
        {
            return;
        }

        var dbContext = await dbContextProvider.GetDbContextAsync(cancellationToken: cancellationToken);
        var roleId = await dbContext.Set<AppRole>().Where(r => r.NormalizedName == normalizedRoleName).Select(r => (Guid?)r.Id)
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException($"The tenant has no role '{normalizedRoleName}'.");
        dbContext.Set<AppUser>().AddRange(users);
        dbContext.Set<AppUserRole>().AddRange(users.Select(u => new AppUserRole { UserId = u.Id, RoleId = roleId }));
    }
}
