using FitSaaS.Framework.Application;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Billing;

/// <inheritdoc cref="IPaymentAppService"/>
[Authorize(BillingPermissions.Invoices.Default)]
public sealed class PaymentAppService(
    IPaymentRepository payments,
    IInvoiceRepository invoices,
    PaymentManager paymentManager,
    BillingAccess access) : ApplicationService, IPaymentAppService
{
    /// <inheritdoc/>
    public async Task<PagedResultDto<PaymentDto>> GetListAsync(GetPaymentListInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var member = await access.ListScopeAsync(input.MemberId, BillingPermissions.Invoices.Manage);
        var (items, total) = await payments.GetPagedListAsync(member, input.InvoiceId, input.SkipCount, input.MaxResultCount);
        return new PagedResultDto<PaymentDto>(total, items.Select(p => p.ToDto()).ToList());
    }

    /// <inheritdoc/>
    public async Task<PaymentDto> GetAsync(Guid id)
    {
        var payment = await payments.GetAsync(id);
        await access.EnsureVisibleAsync(payment.MemberId, BillingPermissions.Invoices.Manage, typeof(Payment), id);
        return payment.ToDto();
    }

    /// <inheritdoc/>
    [Authorize(BillingPermissions.Invoices.Manage)]
    public async Task<PaymentDto> CreateAsync(CreatePaymentDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var invoice = await invoices.GetAsync(input.InvoiceId);
        var payment = await paymentManager.RecordAsync(
            invoice, string.IsNullOrWhiteSpace(input.Provider) ? ManualPaymentProvider.ProviderName : input.Provider, input.Method, input.Amount, input.Reference, access.Now());
        return payment.ToDto();
    }

    /// <inheritdoc/>
    [Authorize(BillingPermissions.Invoices.Manage)]
    public async Task<CreditNoteDto> RefundAsync(Guid id, RefundPaymentDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var payment = await payments.GetAsync(id);
        var creditNote = await paymentManager.RefundAsync(payment, input.Amount, input.Reason, access.Now());
        return creditNote.ToDto();
    }
}
