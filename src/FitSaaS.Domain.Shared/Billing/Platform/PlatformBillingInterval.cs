namespace FitSaaS.Billing.Platform;

/// <summary>How often a gym pays for its edition (Stripe's <c>recurring[interval]</c>). Stored and serialized as its name.</summary>
public enum PlatformBillingInterval
{
    /// <summary>Every month (<c>month</c>).</summary>
    Month = 0,

    /// <summary>Every year (<c>year</c>).</summary>
    Year = 1,
}
