using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using Stripe;

namespace FitSaaS.Billing.Stripe;

/// <summary>
/// The Stripe provider (<c>stripe</c>) behind <see cref="IPaymentProvider"/>, for refunds: a refund refunds the payment's PaymentIntent (full or partial), each
/// with the request's idempotency key, under the PaymentIntent's lock until the refund's transaction ends (so the
/// <c>charge.refunded</c> it causes finds it recorded; <see cref="StripeChargeRefundedHandler"/>). Every card payment (online,
/// renewals, staff through the payments API) goes through <see cref="OnlinePaymentManager"/>,
/// which stores the key before the call and records the payment with <see cref="PaymentManager.RecordCollectedAsync"/>.
/// </summary>
public sealed class StripePaymentProvider(StripeClientProvider stripe, StripeConnectionManager connections, IQuotaLock locks)
    : IPaymentProvider, FitSaaS.Framework.DependencyInjection.ITransientDependency
{
    /// <summary>The provider's name.</summary>
    public const string ProviderName = "stripe";

    /// <inheritdoc/>
    public string Name => ProviderName;

    /// <summary>
    /// Not supported: a provider is called inside the payment's transaction with a key made for that call, so a retry after
    /// a timeout would charge again. Card payments go through <see cref="OnlinePaymentManager"/> (the generic payments API
    /// routes provider <c>stripe</c> there), which stores the attempt's key before Stripe is called.
    /// </summary>
    /// <exception cref="NotSupportedException">Always.</exception>
    public Task<PaymentProviderResult> CollectAsync(PaymentProviderRequest request, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Stripe payments are collected through OnlinePaymentManager, which stores the idempotency key before calling Stripe.");

    /// <inheritdoc/>
    public async Task<PaymentProviderResult> RefundAsync(PaymentProviderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var connection = await connections.FindAsync(cancellationToken)
            ?? throw new BusinessException(BillingErrorCodes.StripeNotConnected, "The gym has not connected a Stripe account.");

        // Held until the refund is recorded: Stripe's charge.refunded for it waits and then finds it (StripeChargeRefundedHandler).
        if (request.ProviderReference is { } intentId)
        {
            await locks.AcquireAsync($"stripe-pi:{intentId}", cancellationToken);
        }
        var options = new RefundCreateOptions
        {
            PaymentIntent = request.ProviderReference,
            Amount = request.Amount,
            Metadata = new Dictionary<string, string> { ["invoice_id"] = request.InvoiceId.ToString() },
        };
        var refund = await StripeCall.RunAsync(
            () => new RefundService(stripe.Client).CreateAsync(options, StripeCustomerManager.OnAccount(connection.AccountId, request.IdempotencyKey), cancellationToken),
            cancellationToken);
        return new PaymentProviderResult(refund.Status is "succeeded" or "pending", refund.Id, refund.Status is "succeeded" or "pending" ? null : refund.FailureReason);
    }
}
