namespace FitSaaS.Billing;

/// <summary>What a payment provider is asked to collect (or refund). Amount in minor units of <paramref name="Currency"/>.</summary>
/// <param name="InvoiceId">The invoice.</param>
/// <param name="MemberId">The member.</param>
/// <param name="Amount">Minor units, positive.</param>
/// <param name="Currency">ISO 4217 code.</param>
/// <param name="Method">How (for the manual provider).</param>
/// <param name="Reference">Staff's reference.</param>
/// <param name="IdempotencyKey">Unique per attempt: a provider that calls out sends it, so a retry charges once (Stripe's Idempotency-Key).</param>
/// <param name="ProviderReference">For a refund: the payment's provider reference.</param>
public sealed record PaymentProviderRequest(
    Guid InvoiceId, Guid MemberId, long Amount, string Currency, PaymentMethod Method, string? Reference, string IdempotencyKey, string? ProviderReference = null);
