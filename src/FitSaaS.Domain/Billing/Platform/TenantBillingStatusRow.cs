namespace FitSaaS.Billing.Platform;

/// <summary>A gym as operators see it in the platform billing overview: the tenant, its edition and its subscription (if any).</summary>
/// <param name="TenantId">The gym.</param>
/// <param name="TenantName">Its name.</param>
/// <param name="EditionId">The edition it is on.</param>
/// <param name="EditionEndDateUtc">When that edition ends (then the fallback edition is in effect).</param>
/// <param name="Subscription">Its platform subscription; null when it never subscribed.</param>
public sealed record TenantBillingStatusRow(Guid TenantId, string TenantName, Guid? EditionId, DateTime? EditionEndDateUtc, TenantSubscription? Subscription);
