using FitSaaS.Framework.Data;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Identity;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Identity;

/// <inheritdoc cref="IOAuthClientRepository"/>
public sealed class EfCoreOAuthClientRepository(FitSaaSDbContext dbContext)
    : EfCoreRepository<FitSaaSDbContext, OAuthClient>(dbContext), IOAuthClientRepository
{
    /// <inheritdoc/>
    public Task<OAuthClient?> FindByClientIdAsync(string clientId, CancellationToken cancellationToken = default) =>
        DbSet.FirstOrDefaultAsync(c => c.ClientId == clientId, cancellationToken);
}

/// <inheritdoc cref="IRefreshTokenRepository"/>
public sealed class EfCoreRefreshTokenRepository(FitSaaSDbContext dbContext, IDataFilter dataFilter)
    : EfCoreRepository<FitSaaSDbContext, RefreshToken>(dbContext), IRefreshTokenRepository
{
    /// <inheritdoc/>
    public async Task<RefreshToken?> FindByHashAsync(string tokenHash, CancellationToken cancellationToken = default)
    {
        // The hash is unguessable and the row names its tenant: the one deliberate cross-tenant read of the token server.
        using (dataFilter.Disable<IMultiTenant>())
        {
            return await DbSet.FirstOrDefaultAsync(t => t.TokenHash == tokenHash, cancellationToken);
        }
    }

    /// <inheritdoc/>
    public async Task RevokeFamilyAsync(Guid familyId, DateTime now, CancellationToken cancellationToken = default)
    {
        foreach (var token in await DbSet.Where(t => t.FamilyId == familyId && t.RevokedAtUtc == null).ToListAsync(cancellationToken))
        {
            token.Revoke(now);
        }
    }
}

/// <inheritdoc cref="ISigningKeyRepository"/>
public sealed class EfCoreSigningKeyRepository(FitSaaSDbContext dbContext)
    : EfCoreRepository<FitSaaSDbContext, SigningKey>(dbContext), ISigningKeyRepository
{
    /// <inheritdoc/>
    public Task<List<SigningKey>> GetLatestAsync(int count, CancellationToken cancellationToken = default) =>
        DbSet.AsNoTracking().OrderByDescending(k => k.CreatedAtUtc).Take(count).ToListAsync(cancellationToken);
}

/// <inheritdoc cref="IIdentityUserReadRepository"/>
public sealed class EfCoreIdentityUserReadRepository(FitSaaSDbContext dbContext) : IIdentityUserReadRepository, FitSaaS.Framework.DependencyInjection.ITransientDependency
{
    /// <inheritdoc/>
    public async Task<Dictionary<Guid, string>> GetUserNamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default) =>
        await dbContext.Set<AppUser>().AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.UserName!, cancellationToken);
}
