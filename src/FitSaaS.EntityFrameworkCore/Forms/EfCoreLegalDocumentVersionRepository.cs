using FitSaaS.Forms;
using FitSaaS.Framework.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Forms;

/// <summary>EF Core <see cref="ILegalDocumentVersionRepository"/> (tenant filter applies).</summary>
public sealed class EfCoreLegalDocumentVersionRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, LegalDocumentVersion>(dbContextProvider), ILegalDocumentVersionRepository
{
    /// <inheritdoc/>
    public async Task<List<LegalVersionSummary>> GetSummariesAsync(IReadOnlyCollection<Guid> documentIds, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AsNoTracking()
            .Where(v => documentIds.Contains(v.LegalDocumentId))
            .OrderBy(v => v.LegalDocumentId).ThenBy(v => v.Number)
            .Select(v => new LegalVersionSummary(v.Id, v.LegalDocumentId, v.Number, v.EffectiveFrom, v.Policy, v.TextHash))
            .ToListAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task<List<LegalDocumentVersion>> GetListByDocumentAsync(Guid documentId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AsNoTracking()
            .Where(v => v.LegalDocumentId == documentId)
            .OrderBy(v => v.Number)
            .ToListAsync(cancellationToken);
}
