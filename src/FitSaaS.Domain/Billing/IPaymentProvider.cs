namespace FitSaaS.Billing;

/// <summary>
/// A way money is taken and given back — one strategy per provider (FitPro's blueprint): <see cref="ManualPaymentProvider"/>
/// (money received at the desk) now, Stripe next. Registered in DI; <see cref="PaymentManager"/> picks it by
/// <see cref="Name"/>. A provider is called inside the payment's transaction, so one that calls out must be idempotent by
/// <see cref="PaymentProviderRequest.IdempotencyKey"/>.
/// </summary>
public interface IPaymentProvider
{
    /// <summary>Its name, stored on each payment (lower case: <c>manual</c>, <c>stripe</c>).</summary>
    string Name { get; }

    /// <summary>Collects the amount.</summary>
    Task<PaymentProviderResult> CollectAsync(PaymentProviderRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gives (part of) a payment back.</summary>
    Task<PaymentProviderResult> RefundAsync(PaymentProviderRequest request, CancellationToken cancellationToken = default);
}
