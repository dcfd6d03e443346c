using FitSaaS.Forms;
using FitSaaS.Framework.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Forms;

/// <summary>EF Core <see cref="IFormRepository"/> (tenant filter applies).</summary>
public sealed class EfCoreFormRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, Form>(dbContextProvider), IFormRepository
{
    /// <inheritdoc/>
    public async Task<(int TotalCount, List<Form> Items)> GetPagedListAsync(FormPurpose? purpose, int skipCount, int maxResultCount, CancellationToken cancellationToken = default)
    {
        var query = (await GetDbSetAsync(cancellationToken)).AsNoTracking().Where(f => purpose == null || f.Purpose == purpose);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(f => f.Name).ThenBy(f => f.Id).Skip(skipCount).Take(maxResultCount).ToListAsync(cancellationToken);
        return (total, items);
    }

    /// <inheritdoc/>
    public async Task<List<Form>> GetIssuedOnMembershipActivationAsync(CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AsNoTracking()
            .Where(f => f.IssueOnMembershipActivation && f.LatestVersionId != null)
            .OrderBy(f => f.Name).ThenBy(f => f.Id)
            .ToListAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task<List<Form>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default) =>
        ids.Count == 0 ? [] : await (await GetDbSetAsync(cancellationToken)).AsNoTracking().Where(f => ids.Contains(f.Id)).ToListAsync(cancellationToken);
}
