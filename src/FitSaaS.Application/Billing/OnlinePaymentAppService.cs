using FitSaaS.Billing.Stripe;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.Uow;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Billing;

/// <inheritdoc cref="IOnlinePaymentAppService"/>
[Authorize(BillingPermissions.Invoices.Default)]
[RequiresFeature(BillingFeatures.OnlinePayments)]
public sealed class OnlinePaymentAppService(
    OnlinePaymentManager manager,
    IOnlinePaymentRepository onlinePayments,
    IInvoiceRepository invoices,
    BillingAccess access) : ApplicationService, IOnlinePaymentAppService
{
    /// <inheritdoc/>
    [UnitOfWork(IsDisabled = true)] // the attempt, Stripe's call and its result each commit on their own (OnlinePaymentManager)
    public async Task<OnlinePaymentDto> CreateAsync(PayInvoiceOnlineDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var invoice = await invoices.GetAsync(input.InvoiceId);
        await access.EnsureVisibleAsync(invoice.MemberId, BillingPermissions.Invoices.Manage, typeof(Invoice), invoice.Id);
        if (input.OffSession)
        {
            await access.EnsureGrantedAsync(BillingPermissions.Invoices.Manage);
        }

        var (payment, clientSecret) = await manager.PayAsync(invoice.Id, input.PaymentMethodId, input.OffSession);
        return payment.ToDto(clientSecret);
    }

    /// <inheritdoc/>
    public async Task<OnlinePaymentDto> GetAsync(Guid id) => (await GetVisibleAsync(id)).ToDto(null);

    /// <inheritdoc/>
    public async Task<List<OnlinePaymentDto>> GetListAsync(Guid invoiceId)
    {
        var invoice = await invoices.GetAsync(invoiceId);
        await access.EnsureVisibleAsync(invoice.MemberId, BillingPermissions.Invoices.Manage, typeof(Invoice), invoice.Id);
        return (await onlinePayments.GetListOfInvoiceAsync(invoiceId)).Select(p => p.ToDto(null)).ToList();
    }

    /// <inheritdoc/>
    [UnitOfWork(IsDisabled = true)]
    public async Task<OnlinePaymentDto> RefreshAsync(Guid id)
    {
        var attempt = await GetVisibleAsync(id);
        return (await manager.RefreshAsync(attempt.Id)).ToDto(null);
    }

    private async Task<OnlinePayment> GetVisibleAsync(Guid id)
    {
        var attempt = await onlinePayments.GetAsync(id);
        await access.EnsureVisibleAsync(attempt.MemberId, BillingPermissions.Invoices.Manage, typeof(OnlinePayment), id);
        return attempt;
    }
}
