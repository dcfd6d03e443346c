using FitSaaS.Forms;
using FitSaaS.Framework.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Forms;

/// <summary>EF Core <see cref="ILegalDocumentRepository"/> (tenant filter applies).</summary>
public sealed class EfCoreLegalDocumentRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, LegalDocument>(dbContextProvider), ILegalDocumentRepository
{
    /// <inheritdoc/>
    public async Task<List<LegalDocument>> GetAllAsync(CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AsNoTracking()
            .OrderBy(d => d.Title).ThenBy(d => d.Id)
            .Take(LegalDocumentConsts.MaxDocumentsPerTenant)
            .ToListAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task<List<LegalDocument>> GetGatingAsync(CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AsNoTracking()
            .Where(d => d.Gates != LegalDocumentGates.None && d.LatestVersionNumber > 0)
            .Take(LegalDocumentConsts.MaxDocumentsPerTenant)
            .ToListAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task<int> CountAsync(CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).CountAsync(cancellationToken);
}
