using FitSaaS.Framework.Application;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Billing;

/// <inheritdoc cref="IPlanAppService"/>
[Authorize(BillingPermissions.Plans.Default)]
public sealed class PlanAppService(IPlanRepository plans, PlanManager planManager) : ApplicationService, IPlanAppService
{
    /// <inheritdoc/>
    public async Task<PagedResultDto<PlanDto>> GetListAsync(GetPlanListInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (items, total) = await plans.GetPagedListAsync(input.Filter, input.Kind, input.IsActive, input.SkipCount, input.MaxResultCount);
        return new PagedResultDto<PlanDto>(total, items.Select(p => p.ToDto()).ToList());
    }

    /// <inheritdoc/>
    public async Task<PlanDto> GetAsync(Guid id) => (await plans.GetAsync(id)).ToDto();

    /// <inheritdoc/>
    [Authorize(BillingPermissions.Plans.Manage)]
    public async Task<PlanDto> CreateAsync(CreatePlanDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var plan = await planManager.CreateAsync(input.Name, input.Description, input.ToTerms());
        return plan.ToDto();
    }

    /// <inheritdoc/>
    [Authorize(BillingPermissions.Plans.Manage)]
    public async Task<PlanDto> UpdateAsync(Guid id, UpdatePlanDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var plan = await plans.GetAsync(id);
        if (input.ConcurrencyStamp is not null)
        {
            plan.ConcurrencyStamp = input.ConcurrencyStamp;
        }

        await planManager.UpdateAsync(plan, input.Name, input.Description, input.ToTerms());
        return plan.ToDto();
    }

    /// <inheritdoc/>
    [Authorize(BillingPermissions.Plans.Manage)]
    public async Task<PlanDto> ArchiveAsync(Guid id)
    {
        var plan = await plans.GetAsync(id);
        plan.Archive();
        await plans.UpdateAsync(plan);
        return plan.ToDto();
    }

    /// <inheritdoc/>
    [Authorize(BillingPermissions.Plans.Manage)]
    public async Task<PlanDto> RestoreAsync(Guid id)
    {
        var plan = await plans.GetAsync(id);
        plan.Restore();
        await plans.UpdateAsync(plan);
        return plan.ToDto();
    }

    /// <inheritdoc/>
    [Authorize(BillingPermissions.Plans.Manage)]
    public async Task DeleteAsync(Guid id) => await planManager.DeleteAsync(await plans.GetAsync(id));
}
