namespace FitSaaS.Billing;

/// <summary>Creates a plan (active) in the tenant's currency.</summary>
public sealed class CreatePlanDto : PlanCreateOrUpdateDtoBase;
