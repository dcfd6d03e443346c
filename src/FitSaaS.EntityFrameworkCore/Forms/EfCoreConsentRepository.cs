using FitSaaS.Forms;
using FitSaaS.Framework.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Forms;

/// <summary>EF Core <see cref="IConsentRepository"/> (tenant filter applies).</summary>
public sealed class EfCoreConsentRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, Consent>(dbContextProvider), IConsentRepository
{
    /// <inheritdoc/>
    public async Task<List<Consent>> GetListByMemberAsync(Guid memberId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AsNoTracking()
            .Where(c => c.MemberId == memberId)
            .OrderByDescending(c => c.RecordedAt).ThenByDescending(c => c.Id)
            .ToListAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task<Consent?> FindLatestAsync(Guid memberId, ConsentPurpose purpose, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AsNoTracking()
            .Where(c => c.MemberId == memberId && c.Purpose == purpose)
            .OrderByDescending(c => c.RecordedAt).ThenByDescending(c => c.Id)
            .FirstOrDefaultAsync(cancellationToken);
}
