namespace FitSaaS.Billing;

/// <summary>What a ledger entry records (DOMAIN.md §2.10). Stored and serialized as its name.</summary>
public enum EntitlementAction
{
    /// <summary>Credits (or an unlimited right) granted: a paid pack, a membership period's allowance.</summary>
    Grant = 0,

    /// <summary>A credit held by a pending booking (a seat held while a payment completes).</summary>
    Reserve = 1,

    /// <summary>A credit used by a booking (quantity 0 on an unlimited entitlement, or when it converts the booking's reservation).</summary>
    Consume = 2,

    /// <summary>A credit given back: a timely cancellation, a session cancelled by staff, an expired hold, a waived penalty.</summary>
    Refund = 3,

    /// <summary>A late cancellation or no-show keeps the credit used (quantity 0: the record of the rule applied).</summary>
    Forfeit = 4,

    /// <summary>The credits left when the entitlement expired or its membership ended (negative).</summary>
    Expire = 5,
}
