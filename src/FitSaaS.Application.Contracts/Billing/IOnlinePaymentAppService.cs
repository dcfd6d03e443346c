using FitSaaS.Framework.Application;

namespace FitSaaS.Billing;

/// <summary>
/// Paying invoices online through Stripe (<c>/api/billing/online-payments</c>): a member pays their own invoice on-session
/// (3-D Secure answered with <c>RequiresAction</c> and the client secret; the invoice is paid only when Stripe says so);
/// staff with <c>Billing.Invoices.Manage</c> charge a member's saved card off-session. Each attempt keeps its idempotency
/// key, so retrying a request charges once. Needs <c>Billing.OnlinePayments</c>.
/// </summary>
[HttpApiRoute("api/billing/online-payments")]
public interface IOnlinePaymentAppService : IApplicationService
{
    /// <summary>
    /// Pays what is due on an invoice. Errors: <c>Billing:InvalidInvoiceStatus</c> (nothing due), <c>Billing:NoSavedCard</c>,
    /// <c>Billing:StripeNotConnected</c>, <c>Billing:StripeUnavailable</c> (retry: the same attempt resumes). A declined card
    /// is not an error: the attempt is <c>Failed</c> with Stripe's codes.
    /// </summary>
    Task<OnlinePaymentDto> CreateAsync(PayInvoiceOnlineDto input);

    /// <summary>An attempt (the member's own, or any for staff).</summary>
    Task<OnlinePaymentDto> GetAsync(Guid id);

    /// <summary>The attempts to pay an invoice, oldest first.</summary>
    Task<List<OnlinePaymentDto>> GetListAsync(Guid invoiceId);

    /// <summary>Reads the attempt's PaymentIntent from Stripe and applies it (after 3-D Secure, without waiting for the webhook).</summary>
    Task<OnlinePaymentDto> RefreshAsync(Guid id);
}
