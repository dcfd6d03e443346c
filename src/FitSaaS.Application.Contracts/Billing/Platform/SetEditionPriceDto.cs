using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Billing.Platform;

/// <summary>An edition's price for an interval.</summary>
public sealed class SetEditionPriceDto
{
    /// <summary>The edition.</summary>
    [Required]
    public Guid? EditionId { get; init; }

    /// <summary>Monthly (default) or yearly.</summary>
    public PlatformBillingInterval Interval { get; init; } = PlatformBillingInterval.Month;

    /// <summary>The price in minor units (cents; yen for JPY), positive.</summary>
    [Range(1, PlatformBillingConsts.MaxAmount)]
    public long Amount { get; init; }

    /// <summary>ISO 4217 currency code (<c>EUR</c>).</summary>
    [Required]
    [StringLength(PlatformBillingConsts.CurrencyLength, MinimumLength = PlatformBillingConsts.CurrencyLength)]
    public string Currency { get; init; } = string.Empty;
}
