using FitSaaS.Framework.DependencyInjection;

namespace FitSaaS.Billing;

/// <summary>
/// The manual provider (<c>manual</c>): staff record money they received — cash, a card terminal, a bank transfer — or
/// handed back. Nothing is called; the record is the payment.
/// </summary>
public sealed class ManualPaymentProvider : IPaymentProvider, ISingletonDependency
{
    /// <summary>The provider's name.</summary>
    public const string ProviderName = "manual";

    /// <inheritdoc/>
    public string Name => ProviderName;

    /// <inheritdoc/>
    public Task<PaymentProviderResult> CollectAsync(PaymentProviderRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(new PaymentProviderResult(true));

    /// <inheritdoc/>
    public Task<PaymentProviderResult> RefundAsync(PaymentProviderRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(new PaymentProviderResult(true));
}
