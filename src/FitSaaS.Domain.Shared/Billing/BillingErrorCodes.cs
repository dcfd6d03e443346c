namespace FitSaaS.Billing;

/// <summary>Stable error codes of the Billing module (<c>Billing:Reason</c>); the host maps them to HTTP statuses (BillingDomainSharedModule).</summary>
public static class BillingErrorCodes
{
    /// <summary>Not an ISO 4217 currency code (data: <c>currency</c>).</summary>
    public const string UnknownCurrency = "Billing:UnknownCurrency";

    /// <summary>An amount is negative, zero where it must not be, or above the maximum (data: <c>name</c>, <c>amount</c>).</summary>
    public const string InvalidAmount = "Billing:InvalidAmount";

    /// <summary>A tax rate is below 0, above 100 % or has more than four decimals (data: <c>taxRatePercent</c>).</summary>
    public const string InvalidTaxRate = "Billing:InvalidTaxRate";

    /// <summary>A plan's fields do not fit its kind (data: <c>field</c>).</summary>
    public const string InvalidPlan = "Billing:InvalidPlan";

    /// <summary>A plan's class type, location or course session is not one of the tenant's (data: <c>field</c>, <c>id</c>).</summary>
    public const string PlanReferenceNotFound = "Billing:PlanReferenceNotFound";

    /// <summary>The plan was sold: it can be archived, not deleted (data: <c>planId</c>).</summary>
    public const string PlanInUse = "Billing:PlanInUse";

    /// <summary>The plan is archived: it can no longer be sold (data: <c>planId</c>).</summary>
    public const string PlanArchived = "Billing:PlanArchived";

    /// <summary>The plan can be bought only once per member and this member has had it (data: <c>planId</c>).</summary>
    public const string PlanAlreadyPurchased = "Billing:PlanAlreadyPurchased";

    /// <summary>
    /// The plan is a pack that starts on first use and the member holds one not used yet: one such pack at a time
    /// (DOMAIN.md §2.11, Glofox's "only one first-booking pack at a time"; data: <c>planId</c>, <c>entitlementId</c>).
    /// </summary>
    public const string FirstUsePackPending = "Billing:FirstUsePackPending";

    /// <summary>The member is not a user of this gym (data: <c>memberId</c>).</summary>
    public const string MemberNotFound = "Billing:MemberNotFound";

    /// <summary>
    /// The member has no entitlement covering the session's class type, location and date (data: <c>classSessionId</c>,
    /// <c>sessionStartsAtUtc</c>).
    /// </summary>
    public const string NoEntitlement = "Billing:NoEntitlement";

    /// <summary>A membership of the member is in debt: booking is refused until it is paid (data: <c>membershipId</c>).</summary>
    public const string MemberInDebt = "Billing:MemberInDebt";

    /// <summary>The operation does not apply to the membership in its status (data: <c>status</c>, <c>operation</c>).</summary>
    public const string InvalidMembershipStatus = "Billing:InvalidMembershipStatus";

    /// <summary>
    /// A freeze breaks the tenant's rules — too long, too short a notice, overlapping another, inside a cancellation
    /// notice period, or not a recurring membership (data: <c>rule</c> and the limit).
    /// </summary>
    public const string FreezeNotAllowed = "Billing:FreezeNotAllowed";

    /// <summary>A plan change is not an upgrade or a downgrade of this membership (same plan, another kind, another currency).</summary>
    public const string InvalidPlanChange = "Billing:InvalidPlanChange";

    /// <summary>The invoice is not in a status that allows the operation (data: <c>status</c>, <c>operation</c>).</summary>
    public const string InvalidInvoiceStatus = "Billing:InvalidInvoiceStatus";

    /// <summary>A payment is larger than what is due on the invoice (data: <c>amountDue</c>).</summary>
    public const string OverPayment = "Billing:OverPayment";

    /// <summary>A refund is larger than what is left of the payment (data: <c>refundable</c>).</summary>
    public const string RefundExceedsPayment = "Billing:RefundExceedsPayment";

    /// <summary>The payment provider declined the payment or refund (data: <c>failureCode</c>).</summary>
    public const string PaymentFailed = "Billing:PaymentFailed";

    /// <summary>
    /// A card payment was started but Stripe has not finished it (data: <c>onlinePaymentId</c>, <c>status</c>): it is
    /// recorded when Stripe reports it succeeded; read or refresh the online payment.
    /// </summary>
    public const string PaymentPending = "Billing:PaymentPending";

    /// <summary>No payment provider of that name is registered (data: <c>provider</c>).</summary>
    public const string UnknownPaymentProvider = "Billing:UnknownPaymentProvider";

    /// <summary>Staff must give a reason (waiving a penalty, writing off a debt, voiding an invoice, refunding).</summary>
    public const string ReasonRequired = "Billing:ReasonRequired";

    /// <summary>The tenant's currency cannot change once something was invoiced in it (data: <c>currency</c>).</summary>
    public const string CurrencyLocked = "Billing:CurrencyLocked";

    /// <summary>
    /// A financial report's range is reversed or longer than <see cref="BillingReportConsts.MaxRangeDays"/> days (data:
    /// <c>fromDate</c>, <c>toDate</c>, <c>maxDays</c>). 400.
    /// </summary>
    public const string InvalidReportRange = "Billing:InvalidReportRange";

    /// <summary>Online payments need the platform's Stripe secret key (<c>Stripe:SecretKey</c>) and it is not configured.</summary>
    public const string StripeNotConfigured = "Billing:StripeNotConfigured";

    /// <summary>The gym has not connected a Stripe account, or Stripe does not let it take charges yet (data: <c>chargesEnabled</c>).</summary>
    public const string StripeNotConnected = "Billing:StripeNotConnected";

    /// <summary>The gym is already connected to a Stripe account (data: <c>accountId</c>); disconnect first.</summary>
    public const string StripeAlreadyConnected = "Billing:StripeAlreadyConnected";

    /// <summary>The Stripe account cannot be reached with the platform's key: not an account connected to the platform (data: <c>accountId</c>).</summary>
    public const string StripeAccountNotFound = "Billing:StripeAccountNotFound";

    /// <summary>Stripe refused a request (data: <c>stripeCode</c>, <c>stripeType</c>): its parameters, or an idempotency conflict.</summary>
    public const string StripeRequestFailed = "Billing:StripeRequestFailed";

    /// <summary>Stripe could not be reached or failed (network, 5xx, rate limit): nothing was recorded; try again.</summary>
    public const string StripeUnavailable = "Billing:StripeUnavailable";

    /// <summary>
    /// A webhook's <c>Stripe-Signature</c> is missing, malformed, signed with another secret, for another body, or outside the
    /// tolerance (Stripe's scheme, DOMAIN.md §3.5; data: <c>reason</c>). Nothing is applied.
    /// </summary>
    public const string InvalidWebhookSignature = "Billing:InvalidWebhookSignature";

    /// <summary>
    /// A webhook delivery is not JSON (<c>Content-Type</c> other than <c>application/json</c>; data: <c>contentType</c>), as
    /// Stripe's never are. Nothing is applied.
    /// </summary>
    public const string UnsupportedWebhookContentType = "Billing:UnsupportedWebhookContentType";

    /// <summary>A webhook delivery's body is larger than any Stripe event (data: <c>maxBytes</c>). Nothing is read or applied.</summary>
    public const string WebhookTooLarge = "Billing:WebhookTooLarge";

    /// <summary>A webhook delivery's body is empty, not UTF-8 or not a JSON object (data: <c>reason</c>). Nothing is applied.</summary>
    public const string InvalidWebhookBody = "Billing:InvalidWebhookBody";

    /// <summary>The member has no saved card to charge off-session.</summary>
    public const string NoSavedCard = "Billing:NoSavedCard";

    /// <summary>The saved card is not one of the member's (data: <c>paymentMethodId</c>).</summary>
    public const string PaymentMethodNotFound = "Billing:PaymentMethodNotFound";

    /// <summary>
    /// A member's erasure could not delete their Stripe Customer on the gym's connected account (Stripe unreachable, not
    /// configured, or refusing; data: <c>memberId</c>, <c>reason</c> — the underlying Billing code). Nothing of the erasure
    /// is saved; process it again. A customer Stripe no longer has counts as deleted.
    /// </summary>
    public const string StripeCustomerNotErased = "Billing:StripeCustomerNotErased";
}
