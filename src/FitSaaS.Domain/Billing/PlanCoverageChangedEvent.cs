namespace FitSaaS.Billing;

/// <summary>Local event: a plan was created, its coverage may have changed, or it was deleted — the tenant's cached <see cref="PlanCoverageCacheItem"/> must go.</summary>
public sealed record PlanCoverageChangedEvent;
