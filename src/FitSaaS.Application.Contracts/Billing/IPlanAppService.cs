using FitSaaS.Framework.Application;

namespace FitSaaS.Billing;

/// <summary>Plans (<c>/api/billing/plans</c>): members read what is on offer; staff (<c>Billing.Plans.Manage</c>) manage them.</summary>
public interface IPlanAppService : IApplicationService
{
    /// <summary>A page of plans, by name.</summary>
    Task<PagedResultDto<PlanDto>> GetListAsync(GetPlanListInput input);

    /// <summary>One plan; not found when not the tenant's.</summary>
    Task<PlanDto> GetAsync(Guid id);

    /// <summary>Creates a plan in the tenant's currency.</summary>
    Task<PlanDto> CreateAsync(CreatePlanDto input);

    /// <summary>Changes a plan (new sales only).</summary>
    Task<PlanDto> UpdateAsync(Guid id, UpdatePlanDto input);

    /// <summary>Archives a plan: no longer sold.</summary>
    Task<PlanDto> ArchiveAsync(Guid id);

    /// <summary>Offers an archived plan again.</summary>
    Task<PlanDto> RestoreAsync(Guid id);

    /// <summary>Deletes a plan nobody bought (<c>Billing:PlanInUse</c>, otherwise: archive it).</summary>
    Task DeleteAsync(Guid id);
}
