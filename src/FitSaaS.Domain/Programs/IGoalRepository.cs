using FitSaaS.Framework.Domain;

namespace FitSaaS.Programs;

/// <summary>Goals of the current tenant's members.</summary>
public interface IGoalRepository : IRepository<Goal, Guid>
{
    /// <summary>A member's goals, newest first (at most <see cref="GoalConsts.MaxGoalsPerMember"/>), untracked.</summary>
    Task<List<Goal>> GetListByMemberAsync(Guid memberId, CancellationToken cancellationToken = default);

    /// <summary>How many goals the member has.</summary>
    Task<int> CountByMemberAsync(Guid memberId, CancellationToken cancellationToken = default);

    /// <summary>True when any goal is about the metric.</summary>
    Task<bool> AnyOfMetricAsync(Guid metricId, CancellationToken cancellationToken = default);
}
