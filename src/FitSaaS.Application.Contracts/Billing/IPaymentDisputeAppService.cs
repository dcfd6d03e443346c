using FitSaaS.Framework.Application;

namespace FitSaaS.Billing;

/// <summary>
/// Disputes (chargebacks) of online payments, as Stripe reports them (<c>/api/billing/disputes</c>), for staff with
/// <c>Billing.Invoices.Manage</c>: amount, reason, Stripe's status and the evidence deadline; evidence is answered in Stripe.
/// </summary>
[HttpApiRoute("api/billing/disputes")]
public interface IPaymentDisputeAppService : IApplicationService
{
    /// <summary>A page of disputes, newest first.</summary>
    Task<PagedResultDto<PaymentDisputeDto>> GetListAsync(GetPaymentDisputeListInput input);
}
