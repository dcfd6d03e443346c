using FitSaaS.Framework.Application;

namespace FitSaaS.Billing;

/// <summary>
/// Pay-to-book (<c>/api/billing/pay-to-book</c>): the current member buys a drop-in or a class pack for a session and pays
/// online; a seat is held (a <c>Pending</c> booking, counted toward capacity) until the payment succeeds, which confirms it
/// exactly once. A card needing 3-D Secure answers the payment <c>RequiresAction</c> with its client secret; the seat stays
/// held until then or until the hold expires (<c>Bookings.HoldMinutes</c>); a payment completing after that follows
/// <c>Billing.PayToBookLateAction</c>. Needs <c>Billing.OnlinePayments</c>.
/// </summary>
[HttpApiRoute("api/billing/pay-to-book")]
public interface IPayToBookAppService : IApplicationService
{
    /// <summary>
    /// Buys and books. Errors: <c>Billing:InvalidPlan</c> (not a drop-in or pack covering the session),
    /// <c>Bookings:SessionFull</c> (no seat to hold; nothing sold), <c>Billing:StripeNotConnected</c>, the booking rules' codes.
    /// </summary>
    Task<PayToBookResultDto> CreateAsync(PayToBookDto input);
}
