using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Identity;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Identity;

/// <inheritdoc cref="ISigningKeyRepository"/>
public sealed class EfCoreSigningKeyRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, SigningKey>(dbContextProvider), ISigningKeyRepository
{
    /// <inheritdoc/>
    public async Task<List<SigningKey>> GetLatestAsync(string purpose, int count, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AsNoTracking().Where(k => k.Purpose == purpose).OrderByDescending(k => k.Generation).Take(count).ToListAsync(cancellationToken);
}
