namespace FitSaaS.Billing;

/// <summary>What an <see cref="IPurchaseGuard"/> decides on.</summary>
/// <param name="MemberId">The buyer (a user id of the tenant).</param>
/// <param name="Plan">The plan being bought.</param>
/// <param name="Now">The current instant (UTC).</param>
public sealed record PurchaseGuardContext(Guid MemberId, Plan Plan, DateTime Now);
