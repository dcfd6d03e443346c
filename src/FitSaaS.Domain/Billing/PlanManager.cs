using FitSaaS.Bookings;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Billing;

/// <summary>
/// Creates, changes and deletes plans: in the tenant's currency (<see cref="BillingSettingNames.Currency"/>), naming only the
/// tenant's own class types, locations and sessions; a plan that was sold keeps its kind and is archived, never deleted.
/// </summary>
public sealed class PlanManager(
    IPlanRepository plans,
    IMembershipRepository memberships,
    IClassTypeRepository classTypes,
    ILocationRepository locations,
    IClassSessionRepository sessions,
    BillingCalendar calendar,
    IGuidGenerator guids,
    ICurrentTenant currentTenant) : IDomainService
{
    /// <summary>Creates an active plan.</summary>
    /// <exception cref="BusinessException">
    /// <see cref="BillingErrorCodes.InvalidPlan"/>, <see cref="BillingErrorCodes.InvalidAmount"/>, <see cref="BillingErrorCodes.InvalidTaxRate"/>,
    /// <see cref="BillingErrorCodes.PlanReferenceNotFound"/>, <see cref="BillingErrorCodes.UnknownCurrency"/> (the tenant's setting).
    /// </exception>
    public async Task<Plan> CreateAsync(string name, string? description, PlanTerms terms, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var plan = new Plan(guids.Create(), currentTenant.Id, name, description, await calendar.GetCurrencyAsync(), terms);
        await EnsureReferencesAsync(plan, cancellationToken);
        await plans.InsertAsync(plan, cancellationToken: cancellationToken);
        return plan;
    }

    /// <summary>Changes a plan (for new sales; memberships keep the terms they were sold with). A sold plan keeps its kind.</summary>
    /// <exception cref="BusinessException">As <see cref="CreateAsync"/>; <see cref="BillingErrorCodes.InvalidPlan"/> (field <c>kind</c>) for a sold plan's kind.</exception>
    public async Task UpdateAsync(Plan plan, string name, string? description, PlanTerms terms, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.Kind != plan.Kind && await memberships.AnyOfPlanAsync(plan.Id, cancellationToken))
        {
            throw new BusinessException(BillingErrorCodes.InvalidPlan, "A plan that was sold keeps its kind: create another plan.").WithData("field", "kind");
        }

        plan.Rename(name);
        plan.Describe(description);
        plan.Configure(terms);
        await EnsureReferencesAsync(plan, cancellationToken);
        await plans.UpdateAsync(plan, cancellationToken: cancellationToken);
    }

    /// <summary>Deletes a plan nobody bought.</summary>
    /// <exception cref="BusinessException"><see cref="BillingErrorCodes.PlanInUse"/>: archive it instead.</exception>
    public async Task DeleteAsync(Plan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (await memberships.AnyOfPlanAsync(plan.Id, cancellationToken))
        {
            throw new BusinessException(BillingErrorCodes.PlanInUse, "The plan was sold: archive it instead.").WithData("planId", plan.Id);
        }

        plan.OnDeleting();
        await plans.DeleteAsync(plan, cancellationToken: cancellationToken);
    }

    private async Task EnsureReferencesAsync(Plan plan, CancellationToken cancellationToken)
    {
        if (plan.ClassTypeIds.Count > 0)
        {
            var found = (await classTypes.GetListByIdsAsync(plan.ClassTypeIds, cancellationToken)).Select(c => c.Id).ToHashSet();
            Ensure("classTypeIds", plan.ClassTypeIds.FirstOrDefault(id => !found.Contains(id)));
        }

        if (plan.LocationIds.Count > 0)
        {
            var found = (await locations.GetListByIdsAsync(plan.LocationIds, cancellationToken)).Select(l => l.Id).ToHashSet();
            Ensure("locationIds", plan.LocationIds.FirstOrDefault(id => !found.Contains(id)));
        }

        foreach (var id in plan.CourseSessionIds)
        {
            Ensure("courseSessionIds", await sessions.FindAsync(id, cancellationToken) is null ? id : Guid.Empty);
        }
    }

    private static void Ensure(string field, Guid missing)
    {
        if (missing != Guid.Empty)
        {
            throw new BusinessException(BillingErrorCodes.PlanReferenceNotFound, $"'{field}' names {missing}, which is not one of this gym's.")
                .WithData("field", field)
                .WithData("id", missing);
        }
    }
}
