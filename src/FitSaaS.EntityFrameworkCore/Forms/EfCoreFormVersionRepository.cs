using FitSaaS.Forms;
using FitSaaS.Framework.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Forms;

/// <summary>EF Core <see cref="IFormVersionRepository"/> (tenant filter applies).</summary>
public sealed class EfCoreFormVersionRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, FormVersion>(dbContextProvider), IFormVersionRepository
{
    /// <inheritdoc/>
    public async Task<List<FormVersion>> GetListByFormAsync(Guid formId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AsNoTracking().Where(v => v.FormId == formId).OrderByDescending(v => v.Number).ToListAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task<List<FormVersion>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default) =>
        ids.Count == 0 ? [] : await (await GetDbSetAsync(cancellationToken)).AsNoTracking().Where(v => ids.Contains(v.Id)).ToListAsync(cancellationToken);
}
