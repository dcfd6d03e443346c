namespace FitSaaS.Billing;

/// <summary>An entitlement with the credits it has left (the ledger summed: 0 for an unlimited entitlement).</summary>
/// <param name="Entitlement">The entitlement (not tracked: read-only).</param>
/// <param name="Balance">Credits left (granted − used − expired), derived from the ledger.</param>
public sealed record EntitlementCredit(Entitlement Entitlement, int Balance);
