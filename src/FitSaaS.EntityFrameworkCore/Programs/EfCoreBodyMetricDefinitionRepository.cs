using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Programs;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Programs;

/// <summary>EF Core <see cref="IBodyMetricDefinitionRepository"/> (tenant and soft-delete filters apply).</summary>
public sealed class EfCoreBodyMetricDefinitionRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, BodyMetricDefinition>(dbContextProvider), IBodyMetricDefinitionRepository
{
    /// <inheritdoc/>
    public async Task<List<BodyMetricDefinition>> GetListAsync(CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AsNoTracking().OrderBy(d => d.NormalizedName).ThenBy(d => d.Id).ToListAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task<int> CountAsync(CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).CountAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task<bool> NameExistsAsync(string normalizedName, Guid? excludedId = null, CancellationToken cancellationToken = default)
    {
        var query = (await GetDbSetAsync(cancellationToken)).Where(d => d.NormalizedName == normalizedName);
        if (excludedId is { } excluded)
        {
            query = query.Where(d => d.Id != excluded);
        }

        return await query.AnyAsync(cancellationToken);
    }
}
