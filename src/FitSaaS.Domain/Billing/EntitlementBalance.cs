namespace FitSaaS.Billing;

/// <summary>An entitlement with its balance derived from the ledger. Credits; 0 for an unlimited entitlement.</summary>
/// <param name="Entitlement">The entitlement.</param>
/// <param name="Granted">Credits granted.</param>
/// <param name="Used">Credits held or used by bookings (reserve + consume − refund).</param>
/// <param name="Expired">Credits lost when it expired or its membership ended.</param>
/// <param name="Balance">Credits left: granted − used − expired.</param>
public sealed record EntitlementBalance(Entitlement Entitlement, int Granted, int Used, int Expired, int Balance);
