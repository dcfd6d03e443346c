namespace FitSaaS.Billing;

/// <summary>A live membership (active, past due, in debt or frozen) with its entitlements valid on a session's date.</summary>
/// <param name="Membership">The membership, with its freezes (not tracked: read-only).</param>
/// <param name="Credits">Its entitlements valid on the date, each with its balance.</param>
public sealed record LiveMembership(Membership Membership, IReadOnlyList<EntitlementCredit> Credits);
