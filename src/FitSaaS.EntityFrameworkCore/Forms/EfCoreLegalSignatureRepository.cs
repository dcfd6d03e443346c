using FitSaaS.Forms;
using FitSaaS.Framework.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Forms;

/// <summary>EF Core <see cref="ILegalSignatureRepository"/> (tenant filter applies).</summary>
public sealed class EfCoreLegalSignatureRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, LegalSignature>(dbContextProvider), ILegalSignatureRepository
{
    /// <inheritdoc/>
    public async Task<Dictionary<Guid, int>> GetSignedVersionNumbersAsync(Guid memberId, IReadOnlyCollection<Guid> documentIds, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AsNoTracking()
            .Where(s => s.MemberId == memberId && documentIds.Contains(s.LegalDocumentId))
            .GroupBy(s => s.LegalDocumentId)
            .Select(g => new { g.Key, Number = g.Max(s => s.VersionNumber) })
            .ToDictionaryAsync(x => x.Key, x => x.Number, cancellationToken);

    /// <inheritdoc/>
    public async Task<(List<LegalSignature> Items, long TotalCount)> GetPagedListAsync(
        Guid? memberId, Guid? documentId, int skipCount, int maxResultCount, CancellationToken cancellationToken = default)
    {
        var query = (await GetDbSetAsync(cancellationToken)).AsNoTracking()
            .Where(s => memberId == null || s.MemberId == memberId)
            .Where(s => documentId == null || s.LegalDocumentId == documentId);
        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderByDescending(s => s.SignedAt).ThenByDescending(s => s.Id).Skip(skipCount).Take(maxResultCount).ToListAsync(cancellationToken);
        return (items, total);
    }

    /// <inheritdoc/>
    public async Task<List<LegalSignature>> GetAllOfPersonAsync(Guid memberId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AsNoTracking()
            .Where(s => s.MemberId == memberId || s.SignerId == memberId)
            .OrderBy(s => s.SignedAt).ThenBy(s => s.Id)
            .ToListAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task<List<Guid>> GetMembersToResignAsync(Guid legalDocumentId, int versionNumber, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AsNoTracking()
            .Where(s => s.LegalDocumentId == legalDocumentId)
            .GroupBy(s => s.MemberId)
            .Where(g => g.Max(s => s.VersionNumber) < versionNumber)
            .Select(g => g.Key)
            .OrderBy(id => id)
            .ToListAsync(cancellationToken);
}
