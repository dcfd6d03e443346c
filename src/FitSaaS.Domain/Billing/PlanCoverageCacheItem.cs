using FitSaaS.Framework.Caching;

namespace FitSaaS.Billing;

/// <summary>The coverage of every plan of a tenant (active and archived: archived plans' entitlements still count), cached per tenant by <see cref="PlanCoverageProvider"/>.</summary>
/// <param name="Plans">One entry per plan.</param>
[CacheName("FitSaaS.Billing.PlanCoverage")]
public sealed record PlanCoverageCacheItem(IReadOnlyList<PlanCoverage> Plans);
