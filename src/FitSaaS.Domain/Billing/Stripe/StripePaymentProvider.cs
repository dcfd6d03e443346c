using FitSaaS.Framework.Exceptions;
using Stripe;

namespace FitSaaS.Billing.Stripe;

/// <summary>
/// The Stripe provider (<c>stripe</c>) behind <see cref="IPaymentProvider"/>: collection charges the member's default saved
/// card off-session on the gym's connected account; a refund refunds the payment's PaymentIntent (full or partial), each
/// with the request's idempotency key. Online invoice payments and renewals go through <see cref="OnlinePaymentManager"/>,
/// which stores the key before the call and records the payment with <see cref="PaymentManager.RecordCollectedAsync"/>.
/// </summary>
public sealed class StripePaymentProvider(StripeClientProvider stripe, StripeConnectionManager connections, IStripeCustomerRepository customers)
    : IPaymentProvider, FitSaaS.Framework.DependencyInjection.ITransientDependency
{
    /// <summary>The provider's name.</summary>
    public const string ProviderName = "stripe";

    /// <inheritdoc/>
    public string Name => ProviderName;

    /// <inheritdoc/>
    public async Task<PaymentProviderResult> CollectAsync(PaymentProviderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var accountId = await connections.GetChargeableAccountIdAsync(cancellationToken);
        var customer = await customers.FindByMemberAsync(request.MemberId, accountId, cancellationToken);
        if (customer?.DefaultPaymentMethodId is not { } card)
        {
            throw new BusinessException(BillingErrorCodes.NoSavedCard, "The member has no saved card to charge.");
        }

        var options = new PaymentIntentCreateOptions
        {
            Amount = request.Amount,
            Currency = request.Currency.ToLowerInvariant(),
            Customer = customer.CustomerId,
            PaymentMethod = card,
            Confirm = true,
            OffSession = true,
            Metadata = new Dictionary<string, string> { ["invoice_id"] = request.InvoiceId.ToString() },
        };
        try
        {
            var intent = await StripeCall.RunAsync(
                () => new PaymentIntentService(stripe.Client).CreateAsync(options, StripeCustomerManager.OnAccount(accountId, request.IdempotencyKey), cancellationToken),
                cancellationToken);
            return new PaymentProviderResult(intent.Status == "succeeded", intent.Id, intent.Status == "succeeded" ? null : intent.Status);
        }
        catch (StripeException ex) when (StripeCall.IsCardError(ex))
        {
            return new PaymentProviderResult(false, ex.StripeError?.PaymentIntent?.Id, ex.StripeError?.DeclineCode ?? ex.StripeError?.Code);
        }
    }

    /// <inheritdoc/>
    public async Task<PaymentProviderResult> RefundAsync(PaymentProviderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var connection = await connections.FindAsync(cancellationToken)
            ?? throw new BusinessException(BillingErrorCodes.StripeNotConnected, "The gym has not connected a Stripe account.");
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
