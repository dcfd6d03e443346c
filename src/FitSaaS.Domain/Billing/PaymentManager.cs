using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Settings;

namespace FitSaaS.Billing;

/// <summary>
/// Takes payments and gives refunds through the registered <see cref="IPaymentProvider"/>s (a strategy per provider), in
/// the invoice's transaction: the payment, the invoice's new balance and — once paid in full — the membership's activation
/// or reinstatement commit together (FitPro's "in one SQL transaction"). A refund issues a credit note.
/// </summary>
public sealed class PaymentManager(
    IEnumerable<IPaymentProvider> providers,
    IPaymentRepository payments,
    IInvoiceRepository invoices,
    ICreditNoteRepository creditNotes,
    IBillingSequenceRepository sequences,
    ISettingProvider settings,
    IGuidGenerator guids,
    ICurrentTenant currentTenant) : IDomainService
{
    /// <summary>Records a payment of <paramref name="amount"/> (minor units) of the invoice through <paramref name="provider"/>.</summary>
    /// <exception cref="BusinessException">
    /// <see cref="BillingErrorCodes.UnknownPaymentProvider"/>, <see cref="BillingErrorCodes.InvalidInvoiceStatus"/>,
    /// <see cref="BillingErrorCodes.InvalidAmount"/>, <see cref="BillingErrorCodes.OverPayment"/>.
    /// </exception>
    public async Task<Payment> RecordAsync(
        Invoice invoice, string provider, PaymentMethod method, long amount, string? reference, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var strategy = Resolve(provider);
        var paymentId = guids.Create();

        // The invoice checks status and amount before the provider is asked for money.
        invoice.ApplyPayment(amount, now);
        var result = await strategy.CollectAsync(
            new PaymentProviderRequest(invoice.Id, invoice.MemberId, amount, invoice.Currency, method, reference, $"payment:{paymentId:N}"), cancellationToken);
        if (!result.Succeeded)
        {
            throw new BusinessException(BillingErrorCodes.PaymentFailed, "The payment provider declined the payment.").WithData("failureCode", result.FailureCode);
        }

        var payment = new Payment(paymentId, currentTenant.Id, invoice, strategy.Name, method, amount, reference, result.ProviderReference, now);
        await payments.InsertAsync(payment, cancellationToken: cancellationToken);
        await invoices.UpdateAsync(invoice, cancellationToken: cancellationToken);
        return payment;
    }

    /// <summary>
    /// Records money a provider already collected (an online payment Stripe reported succeeded): the provider is not called
    /// again; <paramref name="providerReference"/> is its charge (<c>pi_…</c>).
    /// </summary>
    /// <exception cref="BusinessException"><see cref="BillingErrorCodes.InvalidInvoiceStatus"/>, <see cref="BillingErrorCodes.OverPayment"/>.</exception>
    public async Task<Payment> RecordCollectedAsync(
        Invoice invoice, string provider, PaymentMethod method, long amount, string providerReference, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var strategy = Resolve(provider);
        invoice.ApplyPayment(amount, now);
        var payment = new Payment(guids.Create(), currentTenant.Id, invoice, strategy.Name, method, amount, null, providerReference, now);
        await payments.InsertAsync(payment, cancellationToken: cancellationToken);
        await invoices.UpdateAsync(invoice, cancellationToken: cancellationToken);
        return payment;
    }

    /// <summary>Refunds <paramref name="amount"/> of the payment through its provider, with a credit note against its invoice.</summary>
    /// <exception cref="BusinessException">
    /// <see cref="BillingErrorCodes.ReasonRequired"/>, <see cref="BillingErrorCodes.RefundExceedsPayment"/>, <see cref="BillingErrorCodes.InvalidAmount"/>.
    /// </exception>
    public async Task<CreditNote> RefundAsync(Payment payment, long amount, string reason, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(payment);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new BusinessException(BillingErrorCodes.ReasonRequired, "Give a reason for the refund.");
        }

        BillingMath.EnsureAmount(amount, "amount", allowZero: false);
        if (amount > payment.Amount - payment.AmountRefunded)
        {
            throw new BusinessException(BillingErrorCodes.RefundExceedsPayment, "The refund is larger than what is left of the payment.")
                .WithData("refundable", payment.Amount - payment.AmountRefunded);
        }

        var invoice = await invoices.GetAsync(payment.InvoiceId, cancellationToken);
        var strategy = Resolve(payment.Provider);
        var creditNoteId = guids.Create();
        var result = await strategy.RefundAsync(
            new PaymentProviderRequest(invoice.Id, invoice.MemberId, amount, invoice.Currency, payment.Method, payment.Reference, $"refund:{creditNoteId:N}", payment.ProviderReference),
            cancellationToken);
        if (!result.Succeeded)
        {
            throw new BusinessException(BillingErrorCodes.PaymentFailed, "The payment provider declined the refund.").WithData("failureCode", result.FailureCode);
        }

        return await RecordRefundAsync(payment, invoice, creditNoteId, amount, reason, result.ProviderReference, now, cancellationToken);
    }

    /// <summary>
    /// Records a refund the provider already made (one made in Stripe's dashboard, reported by <c>charge.refunded</c>): the
    /// same credit note, payment and invoice bookkeeping as <see cref="RefundAsync"/>, without calling the provider.
    /// <paramref name="providerReference"/> is the provider's refund (<c>re_…</c>); a refund already recorded under it is not
    /// recorded again (null is returned).
    /// </summary>
    /// <exception cref="BusinessException"><see cref="BillingErrorCodes.RefundExceedsPayment"/>, <see cref="BillingErrorCodes.InvalidAmount"/>.</exception>
    public async Task<CreditNote?> RecordProviderRefundAsync(
        Payment payment, long amount, string reason, string providerReference, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(payment);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentException.ThrowIfNullOrWhiteSpace(providerReference);
        if (payment.HasRefund(providerReference))
        {
            return null;
        }

        var invoice = await invoices.GetAsync(payment.InvoiceId, cancellationToken);
        return await RecordRefundAsync(payment, invoice, guids.Create(), amount, reason, providerReference, now, cancellationToken);
    }

    private async Task<CreditNote> RecordRefundAsync(
        Payment payment, Invoice invoice, Guid creditNoteId, long amount, string reason, string? providerReference, DateTime now, CancellationToken cancellationToken)
    {
        var sequence = await sequences.NextAsync(BillingSequence.CreditNotes, cancellationToken);
        var prefix = await settings.GetOrNullAsync(BillingSettingNames.CreditNoteNumberPrefix) ?? "CN-";
        var creditNote = new CreditNote(creditNoteId, currentTenant.Id, invoice, payment.Id, sequence, InvoiceManager.FormatNumber(prefix, sequence), amount, reason, now);
        payment.Refund(guids.Create(), amount, reason.Trim(), creditNote.Id, providerReference, now);
        invoice.ApplyCredit(amount);
        await creditNotes.InsertAsync(creditNote, cancellationToken: cancellationToken);
        await payments.UpdateAsync(payment, cancellationToken: cancellationToken);
        await invoices.UpdateAsync(invoice, cancellationToken: cancellationToken);
        return creditNote;
    }

    private IPaymentProvider Resolve(string provider) =>
        providers.FirstOrDefault(p => string.Equals(p.Name, provider, StringComparison.OrdinalIgnoreCase))
        ?? throw new BusinessException(BillingErrorCodes.UnknownPaymentProvider, $"No payment provider '{provider}'.").WithData("provider", provider);
}
