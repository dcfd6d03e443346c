using FitSaaS.Framework.Application;

namespace FitSaaS.Billing;

/// <summary>
/// Payments (<c>/api/billing/payments</c>): staff record what members paid (the manual provider: cash, card terminal, bank
/// transfer) or charge a member's saved card (provider <c>stripe</c>) and refund it; members read their own. Paying an invoice in full activates or reinstates its membership in
/// the same transaction.
/// </summary>
public interface IPaymentAppService : IApplicationService
{
    /// <summary>A page of payments, newest first.</summary>
    Task<PagedResultDto<PaymentDto>> GetListAsync(GetPaymentListInput input);

    /// <summary>One payment.</summary>
    Task<PaymentDto> GetAsync(Guid id);

    /// <summary>Records a payment of an invoice (partial payments: several).</summary>
    Task<PaymentDto> CreateAsync(CreatePaymentDto input);

    /// <summary>Refunds (part of) a payment, issuing a credit note.</summary>
    Task<CreditNoteDto> RefundAsync(Guid id, RefundPaymentDto input);
}
