namespace FitSaaS.Billing;

/// <summary>Whether a plan's price includes its tax (DOMAIN.md §2.20: VAT-inclusive pricing is common in EU and IL gyms).</summary>
public enum TaxMode
{
    /// <summary>The price is net: the tax is added on its own line (US sales tax).</summary>
    Exclusive = 0,

    /// <summary>The price is gross: the tax is the part of it the rate gives, shown on its own line (EU/IL VAT).</summary>
    Inclusive = 1,
}
