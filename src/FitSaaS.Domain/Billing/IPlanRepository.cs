using FitSaaS.Framework.Domain;

namespace FitSaaS.Billing;

/// <summary>The tenant's plans.</summary>
public interface IPlanRepository : IRepository<Plan, Guid>
{
    /// <summary>Every plan of the tenant, archived ones included (a few dozen: the booking guard's coverage check reads them).</summary>
    Task<List<Plan>> GetAllAsync(CancellationToken cancellationToken = default);

    /// <summary>A page of plans: name contains <paramref name="filter"/> (case-insensitive), of <paramref name="kind"/>, active or archived; by name.</summary>
    Task<(List<Plan> Items, long TotalCount)> GetPagedListAsync(
        string? filter, PlanKind? kind, bool? isActive, int skipCount, int maxResultCount, CancellationToken cancellationToken = default);
}
