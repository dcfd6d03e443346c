namespace FitSaaS.Billing.Platform;

/// <summary>
/// A gym's platform subscription status, mirroring Stripe's subscription statuses (DOMAIN.md §3.7). Stored and serialized
/// as its name.
/// </summary>
public enum TenantSubscriptionStatus
{
    /// <summary>Created; the first payment failed or needs action (<c>incomplete</c>): the edition is not granted yet.</summary>
    Incomplete = 0,

    /// <summary>The first payment never came (<c>incomplete_expired</c>); terminal.</summary>
    IncompleteExpired = 1,

    /// <summary>In a trial (<c>trialing</c>): the edition is granted until the period end.</summary>
    Trialing = 2,

    /// <summary>Paid (<c>active</c>): the edition is granted until the period end.</summary>
    Active = 3,

    /// <summary>A renewal payment failed and Stripe retries it (<c>past_due</c>): the grace period runs.</summary>
    PastDue = 4,

    /// <summary>Ended (<c>canceled</c>): the edition ends at the paid period's end.</summary>
    Canceled = 5,

    /// <summary>Retries are exhausted and invoices stay open (<c>unpaid</c>): the edition ends when the grace period does.</summary>
    Unpaid = 6,

    /// <summary>Collection is paused (<c>paused</c>): treated as not paid, like <see cref="Unpaid"/>.</summary>
    Paused = 7,
}
