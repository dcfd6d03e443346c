namespace FitSaaS.Billing;

/// <summary>
/// Where a member's attempt to save a card (a Stripe SetupIntent on the gym's connected account) stands, as FitSaaS last
/// read it from Stripe (the API's answers and the <c>setup_intent.*</c> events both record it).
/// </summary>
public enum CardSetupStatus
{
    /// <summary>Started; no card confirmed yet (<c>requires_payment_method</c> without an error, <c>requires_confirmation</c>, <c>processing</c>).</summary>
    Pending = 0,

    /// <summary>The member must authenticate the card (3-D Secure) in the app with the client secret (<c>requires_action</c>).</summary>
    RequiresAction = 1,

    /// <summary>The card is saved (<c>succeeded</c>). Final.</summary>
    Succeeded = 2,

    /// <summary>
    /// The card was refused or its authentication failed (<c>requires_payment_method</c> with <c>last_setup_error</c>): no
    /// card saved; the failure's code and message are recorded. The member may confirm the same setup with another card.
    /// </summary>
    Failed = 3,

    /// <summary>Cancelled (<c>canceled</c>). Final.</summary>
    Canceled = 4,
}
