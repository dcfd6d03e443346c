namespace FitSaaS.Billing;

/// <summary>
/// Where an online payment (a Stripe PaymentIntent, DOMAIN.md §3) stands. <see cref="Started"/> is recorded, with its
/// idempotency key, before Stripe is called; the rest mirror the PaymentIntent's status.
/// </summary>
public enum OnlinePaymentStatus
{
    /// <summary>Recorded; Stripe's answer not yet (a crash or a timeout here is resumed with the same idempotency key).</summary>
    Started = 0,

    /// <summary>The member must authenticate (3-D Secure) on-session with the client secret (<c>requires_action</c>).</summary>
    RequiresAction = 1,

    /// <summary>Stripe is processing it (<c>processing</c>).</summary>
    Processing = 2,

    /// <summary>Paid (<c>succeeded</c>): the invoice's payment is recorded.</summary>
    Succeeded = 3,

    /// <summary>Declined or authentication failed (<c>requires_payment_method</c>): see the failure and decline codes.</summary>
    Failed = 4,

    /// <summary>Cancelled (<c>canceled</c>).</summary>
    Canceled = 5,
}
