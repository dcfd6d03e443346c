using FitSaaS.Forms;
using FitSaaS.Framework.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Forms;

/// <summary>EF Core <see cref="IDataSubjectRequestRepository"/> (tenant filter applies).</summary>
public sealed class EfCoreDataSubjectRequestRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, DataSubjectRequest>(dbContextProvider), IDataSubjectRequestRepository
{
    /// <inheritdoc/>
    public async Task<(List<DataSubjectRequest> Items, long TotalCount)> GetPagedListAsync(
        Guid? memberId, DataSubjectRequestKind? kind, DataSubjectRequestStatus? status, int skipCount, int maxResultCount, CancellationToken cancellationToken = default)
    {
        var query = (await GetDbSetAsync(cancellationToken)).AsNoTracking();
        if (memberId is { } member)
        {
            query = query.Where(r => r.MemberId == member);
        }

        if (kind is { } k)
        {
            query = query.Where(r => r.Kind == k);
        }

        if (status is { } s)
        {
            query = query.Where(r => r.Status == s);
        }

        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderByDescending(r => r.RequestedAtUtc).ThenBy(r => r.Id)
            .Skip(skipCount).Take(maxResultCount)
            .ToListAsync(cancellationToken);
        return (items, total);
    }

    /// <inheritdoc/>
    public async Task<DataSubjectRequest?> FindOpenAsync(Guid memberId, DataSubjectRequestKind kind, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken))
            .Where(r => r.MemberId == memberId && r.Kind == kind
                && (r.Status == DataSubjectRequestStatus.Received || r.Status == DataSubjectRequestStatus.InProgress))
            .OrderBy(r => r.RequestedAtUtc)
            .FirstOrDefaultAsync(cancellationToken);
}
