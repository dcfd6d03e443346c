using FitSaaS.Billing.Stripe;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.Uow;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Billing;

/// <inheritdoc cref="IPaymentAppService"/>
[Authorize(BillingPermissions.Invoices.Default)]
public sealed class PaymentAppService(
    IPaymentRepository payments,
    IInvoiceRepository invoices,
    PaymentManager paymentManager,
    OnlinePaymentManager onlinePayments,
    IFeatureChecker features,
    IServiceScopeFactory scopeFactory,
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
    [UnitOfWork(IsDisabled = true)] // a card charge commits its attempt before Stripe is called (OnlinePaymentManager); the rest runs in one transaction
    public async Task<PaymentDto> CreateAsync(CreatePaymentDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var provider = string.IsNullOrWhiteSpace(input.Provider) ? ManualPaymentProvider.ProviderName : input.Provider.Trim();
        if (string.Equals(provider, StripePaymentProvider.ProviderName, StringComparison.OrdinalIgnoreCase))
        {
            return await ChargeSavedCardAsync(input);
        }

        return await scopeFactory.RunInUnitOfWorkAsync(new UnitOfWorkOptions { IsTransactional = true }, async (services, ct) =>
        {
            var invoice = await services.GetRequiredService<IInvoiceRepository>().GetAsync(input.InvoiceId, ct);
            var payment = await services.GetRequiredService<PaymentManager>().RecordAsync(invoice, provider, input.Method, input.Amount, input.Reference, access.Now(), ct);
            return payment.ToDto();
        });
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

    /// <summary>
    /// Staff charge the member's default saved card (off-session) through <see cref="OnlinePaymentManager"/>, the one path of
    /// card collection: the attempt and its idempotency key are stored before Stripe is called, so a retry after a timeout
    /// resumes the same attempt and Stripe charges once.
    /// </summary>
    private async Task<PaymentDto> ChargeSavedCardAsync(CreatePaymentDto input)
    {
        await features.CheckEnabledAsync(false, [BillingFeatures.OnlinePayments]);
        var invoice = await invoices.GetAsync(input.InvoiceId);
        var (attempt, _) = await onlinePayments.PayAsync(invoice.Id, null, offSession: true, bookingId: null, amount: input.Amount);
        return attempt.Status switch
        {
            OnlinePaymentStatus.Succeeded when attempt.PaymentId is { } paymentId => (await payments.GetAsync(paymentId)).ToDto(),
            OnlinePaymentStatus.Failed or OnlinePaymentStatus.Canceled => throw new BusinessException(BillingErrorCodes.PaymentFailed, "The card was declined; nothing was paid.")
                .WithData("failureCode", attempt.DeclineCode ?? attempt.FailureCode)
                .WithData("declineKind", attempt.DeclineKind.ToString())
                .WithData("onlinePaymentId", attempt.Id),
            _ => throw new BusinessException(BillingErrorCodes.PaymentPending, "Stripe has not finished the payment; it is recorded when Stripe reports it.")
                .WithData("onlinePaymentId", attempt.Id)
                .WithData("status", attempt.Status.ToString()),
        };
    }
}
