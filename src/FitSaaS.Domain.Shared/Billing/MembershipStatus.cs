namespace FitSaaS.Billing;

/// <summary>Where a membership stands (DOMAIN.md §2.14). Stored and serialized as its name. Lifecycle: Pending → Active (first invoice paid) → PastDue (an invoice unpaid after its due date) → Debt (past due longer than the grace period: booking refused) → Active (paid); Active ⇄ Frozen (a freeze in force); any live status → Cancelled (notice served) or Expired (a pack or course that ended, or a Pending one never paid).</summary>
public enum MembershipStatus
{
    /// <summary>Sold, awaiting its first payment: grants nothing yet.</summary>
    Pending = 0,

    /// <summary>Paid and in force: its entitlements can be used.</summary>
    Active = 1,

    /// <summary>An invoice is unpaid after its due date; entitlements still usable during the grace period.</summary>
    PastDue = 2,

    /// <summary>Past due longer than the grace period: the member cannot book until the debt is paid, settled or written off.</summary>
    Debt = 3,

    /// <summary>A freeze is in force: the member cannot book sessions inside it; the term and billing dates move by its length.</summary>
    Frozen = 4,

    /// <summary>Ended by a cancellation (effective at its effective date); unused credits are forfeited.</summary>
    Cancelled = 5,

    /// <summary>Ended by its term: a pack or course past its validity, or a pending membership never paid.</summary>
    Expired = 6,
}
