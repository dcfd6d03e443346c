using FitSaaS.Forms;
using FitSaaS.Framework.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Forms;

/// <summary>EF Core <see cref="IIssuedFormRepository"/> (tenant filter applies).</summary>
public sealed class EfCoreIssuedFormRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, IssuedForm>(dbContextProvider), IIssuedFormRepository
{
    /// <inheritdoc/>
    public async Task<IssuedForm?> FindPendingAsync(Guid memberId, Guid formId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken))
            .FirstOrDefaultAsync(i => i.MemberId == memberId && i.FormId == formId && i.Status == IssuedFormStatus.Pending, cancellationToken);

    /// <inheritdoc/>
    public async Task<(int TotalCount, List<IssuedForm> Items)> GetPagedListAsync(Guid? memberId, Guid? formId, IssuedFormStatus? status, int skipCount, int maxResultCount,
        CancellationToken cancellationToken = default)
    {
        var query = (await GetDbSetAsync(cancellationToken)).AsNoTracking()
            .Where(i => (memberId == null || i.MemberId == memberId) && (formId == null || i.FormId == formId) && (status == null || i.Status == status));
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(i => i.IssuedAt).ThenByDescending(i => i.Id).Skip(skipCount).Take(maxResultCount).ToListAsync(cancellationToken);
        return (total, items);
    }

    /// <inheritdoc/>
    public async Task<List<IssuedForm>> GetListByMemberAsync(Guid memberId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).Where(i => i.MemberId == memberId).OrderBy(i => i.IssuedAt).ThenBy(i => i.Id).ToListAsync(cancellationToken);
}
