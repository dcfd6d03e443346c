using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Billing;

/// <summary>
/// Records a payment of an invoice (staff): a part or all of what is due, in minor units. Errors: <c>Billing:OverPayment</c>
/// (more than due), <c>Billing:InvalidAmount</c>, <c>Billing:InvalidInvoiceStatus</c> (paid, void, draft),
/// <c>Billing:UnknownPaymentProvider</c>.
/// </summary>
public sealed class CreatePaymentDto
{
    /// <summary>The invoice.</summary>
    public Guid InvoiceId { get; init; }

    /// <summary>Minor units, 1..what is due.</summary>
    public long Amount { get; init; }

    /// <summary>How it was paid.</summary>
    public PaymentMethod Method { get; init; }

    /// <summary>Staff's reference (terminal slip, transfer reference).</summary>
    [StringLength(InvoiceConsts.MaxReferenceLength)]
    public string? Reference { get; init; }

    /// <summary>
    /// The provider (default <c>manual</c>). <c>stripe</c> charges the member's default saved card off-session (edition
    /// feature <c>Billing.OnlinePayments</c>), stored as an online payment with its idempotency key before Stripe is called:
    /// a retry after <c>Billing:StripeUnavailable</c> resumes the same charge. Its errors: <c>Billing:PaymentFailed</c> (the card
    /// was declined, nothing paid; data <c>failureCode</c>, <c>declineKind</c>, <c>onlinePaymentId</c>), <c>Billing:NoSavedCard</c>,
    /// <c>Billing:StripeNotConnected</c>, <c>Billing:StripeUnavailable</c>, <c>Billing:PaymentPending</c> (Stripe has not finished).
    /// <c>method</c> and <c>reference</c> are ignored for it (a card).
    /// </summary>
    [StringLength(InvoiceConsts.MaxProviderLength)]
    public string? Provider { get; init; }
}
