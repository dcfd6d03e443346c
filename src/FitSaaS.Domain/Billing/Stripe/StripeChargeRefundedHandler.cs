using FitSaaS.Framework.Features;
using Stripe;

namespace FitSaaS.Billing.Stripe;

/// <summary>
/// <c>charge.refunded</c>, <c>charge.refund.updated</c>, <c>refund.created</c> and <c>refund.updated</c> of a gym's account:
/// mirrors refunds made outside FitSaaS (the gym's Stripe dashboard) as FitSaaS refunds — the payment's refunded amount, a
/// credit note and the invoice's credit, exactly as <see cref="PaymentManager.RefundAsync"/> books them, without calling
/// Stripe again. It reads the charge's current state (<c>amount_refunded</c> and its refunds) rather than the event's, under
/// the PaymentIntent's lock (the one a refund through FitSaaS holds while it calls Stripe), and records each succeeded or
/// pending refund whose id (<c>re_…</c>) the payment does not know yet, oldest first, as long as the total stays within
/// what Stripe reports refunded. So a refund FitSaaS made itself, a replay, or a second event of the same refund records
/// nothing more.
/// </summary>
public sealed class StripeChargeRefundedHandler(
    StripeClientProvider stripe,
    IPaymentRepository payments,
    PaymentManager paymentManager,
    IQuotaLock locks,
    TimeProvider clock) : IStripeEventHandler, FitSaaS.Framework.DependencyInjection.ITransientDependency
{
    /// <summary>The reason on the credit note of a refund made in Stripe (Stripe's own reason, if any, is appended).</summary>
    public const string DashboardRefundReason = "Refunded in Stripe";

    /// <inheritdoc/>
    public bool CanHandle(string eventType) => eventType is "charge.refunded" or "charge.refund.updated" or "refund.created" or "refund.updated";

    /// <inheritdoc/>
    public async Task HandleAsync(StripeEventContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var chargeId = context.Event.Data.Object switch
        {
            Charge charge => charge.Id,
            Refund refund => refund.ChargeId,
            _ => null,
        };
        if (context.Connection is not { } connection || string.IsNullOrEmpty(chargeId))
        {
            return;
        }

        var options = StripeCustomerManager.OnAccount(connection.AccountId);
        var current = await StripeCall.RunAsync(
            () => new ChargeService(stripe.Client).GetAsync(chargeId, requestOptions: options, cancellationToken: cancellationToken), cancellationToken);
        if (current.PaymentIntentId is not { } intentId)
        {
            return;
        }

        await locks.AcquireAsync($"stripe-pi:{intentId}", cancellationToken);
        var payment = await payments.FindByProviderReferenceAsync(intentId, cancellationToken);
        if (payment is null || payment.Provider != StripePaymentProvider.ProviderName)
        {
            return; // not an invoice's payment (a duplicate charge FitSaaS refunded itself, another integration's charge)
        }

        var unrecorded = current.AmountRefunded - payment.AmountRefunded;
        if (unrecorded <= 0)
        {
            return;
        }

        var refunds = new List<Refund>();
        await foreach (var refund in new RefundService(stripe.Client).ListAutoPagingAsync(
            new RefundListOptions { Charge = chargeId, Limit = 100 }, options, cancellationToken))
        {
            refunds.Add(refund);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var refund in refunds.Where(r => r.Status is "succeeded" or "pending").OrderBy(r => r.Created).ThenBy(r => r.Id, StringComparer.Ordinal))
        {
            if (payment.HasRefund(refund.Id) || refund.Amount <= 0 || refund.Amount > unrecorded || refund.Amount > payment.Amount - payment.AmountRefunded)
            {
                continue;
            }

            var reason = string.IsNullOrEmpty(refund.Reason) ? DashboardRefundReason : $"{DashboardRefundReason} ({refund.Reason})";
            if (await paymentManager.RecordProviderRefundAsync(payment, refund.Amount, reason, refund.Id, now, cancellationToken) is not null)
            {
                unrecorded -= refund.Amount;
            }
        }
    }
}
