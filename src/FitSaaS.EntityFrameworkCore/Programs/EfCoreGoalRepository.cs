using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Programs;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Programs;

/// <summary>EF Core <see cref="IGoalRepository"/> (tenant filter applies).</summary>
public sealed class EfCoreGoalRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, Goal>(dbContextProvider), IGoalRepository
{
    /// <inheritdoc/>
    public async Task<List<Goal>> GetListByMemberAsync(Guid memberId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AsNoTracking()
            .Where(g => g.MemberId == memberId)
            .OrderByDescending(g => g.StartedAt).ThenByDescending(g => g.Id)
            .Take(GoalConsts.MaxGoalsPerMember)
            .ToListAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task<int> CountByMemberAsync(Guid memberId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).CountAsync(g => g.MemberId == memberId, cancellationToken);

    /// <inheritdoc/>
    public async Task<bool> AnyOfMetricAsync(Guid metricId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AnyAsync(g => g.MetricId == metricId, cancellationToken);
}
