namespace FitSaaS.Billing;

/// <summary>A payment provider's answer.</summary>
/// <param name="Succeeded">The money moved.</param>
/// <param name="ProviderReference">The provider's id of the charge or refund, if any.</param>
/// <param name="FailureCode">Why not (the provider's decline code), when it failed.</param>
public sealed record PaymentProviderResult(bool Succeeded, string? ProviderReference = null, string? FailureCode = null);
