using FitSaaS.Forms;
using FitSaaS.Framework.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Forms;

/// <summary>EF Core <see cref="IFormSubmissionRepository"/> (tenant filter applies).</summary>
public sealed class EfCoreFormSubmissionRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, FormSubmission>(dbContextProvider), IFormSubmissionRepository
{
    /// <inheritdoc/>
    public async Task<(int TotalCount, List<FormSubmission> Items)> GetPagedListAsync(Guid? formId, Guid? memberId, FormSubmissionStatus? status, int skipCount,
        int maxResultCount, CancellationToken cancellationToken = default)
    {
        var query = (await GetDbSetAsync(cancellationToken)).AsNoTracking()
            .Where(s => (formId == null || s.FormId == formId) && (memberId == null || s.MemberId == memberId) && (status == null || s.Status == status));
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(s => s.SubmittedAt).ThenByDescending(s => s.Id).Skip(skipCount).Take(maxResultCount).ToListAsync(cancellationToken);
        return (total, items);
    }

    /// <inheritdoc/>
    public async Task<List<FormSubmission>> GetListByMemberAsync(Guid memberId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).Where(s => s.MemberId == memberId).OrderBy(s => s.SubmittedAt).ThenBy(s => s.Id).ToListAsync(cancellationToken);
}
