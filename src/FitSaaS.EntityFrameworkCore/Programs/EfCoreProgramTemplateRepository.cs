using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Programs;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Programs;

/// <summary>EF Core <see cref="IProgramTemplateRepository"/> (tenant and soft-delete filters apply).</summary>
public sealed class EfCoreProgramTemplateRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, ProgramTemplate>(dbContextProvider), IProgramTemplateRepository
{
    /// <inheritdoc/>
    public async Task<(List<ProgramTemplate> Items, long TotalCount)> GetPagedListAsync(int skipCount, int maxResultCount, CancellationToken cancellationToken = default)
    {
        var query = (await GetDbSetAsync(cancellationToken)).AsNoTracking();
        var total = await query.LongCountAsync(cancellationToken);
        var items = total == 0 ? [] : await query.OrderBy(t => t.Name).ThenBy(t => t.Id).Skip(skipCount).Take(maxResultCount).ToListAsync(cancellationToken);
        return (items, total);
    }
}
