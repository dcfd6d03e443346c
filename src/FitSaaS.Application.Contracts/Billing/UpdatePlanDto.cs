namespace FitSaaS.Billing;

/// <summary>Changes a plan: new sales get the new terms; memberships sold keep theirs. A sold plan keeps its kind.</summary>
public sealed class UpdatePlanDto : PlanCreateOrUpdateDtoBase
{
    /// <summary>The stamp read with the plan; a stale one is refused.</summary>
    public string? ConcurrencyStamp { get; init; }
}
