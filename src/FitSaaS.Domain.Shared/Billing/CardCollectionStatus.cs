namespace FitSaaS.Billing;

/// <summary>Where the collection of an invoice from a member's saved card stands (dunning, DOMAIN.md §2.14).</summary>
public enum CardCollectionStatus
{
    /// <summary>A charge is due at the next attempt's time.</summary>
    Scheduled = 0,

    /// <summary>The invoice was paid (by the card or otherwise): nothing more to charge.</summary>
    Closed = 1,

    /// <summary>A hard decline: retries stopped; the member must give a new card.</summary>
    CardUpdateRequired = 2,

    /// <summary>Every retry failed: the final action (debt or cancellation) was applied.</summary>
    Exhausted = 3,
}
