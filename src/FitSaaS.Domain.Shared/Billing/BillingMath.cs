using FitSaaS.Framework.Exceptions;

namespace FitSaaS.Billing;

/// <summary>
/// Billing's arithmetic, in integers of minor units (DOMAIN.md §2.13, §2.20). Every division rounds <b>half up</b> to the
/// minor unit — half away from zero for negative amounts (1.5 → 2, −1.5 → −2), the commercial rounding EU VAT rules and
/// Stripe's tax amounts use. Intermediate products are 128-bit, so no amount within <see cref="MaxAmount"/> overflows.
/// </summary>
public static class BillingMath
{
    /// <summary>The largest amount of minor units accepted anywhere (10^12: ten billion in a two-decimal currency).</summary>
    public const long MaxAmount = 1_000_000_000_000;

    /// <summary>A tax rate's scale: rates are percentages with at most four decimals (8.875 % = 88,750 units of 10^-4 %).</summary>
    public const int TaxRateScale = 10_000;

    /// <summary>The highest tax rate accepted, in percent.</summary>
    public const decimal MaxTaxRatePercent = 100m;

    /// <summary><paramref name="numerator"/> / <paramref name="denominator"/> rounded half up (half away from zero).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The denominator is not positive.</exception>
    public static long DivideHalfUp(Int128 numerator, Int128 denominator)
    {
        if (denominator <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), "The denominator must be positive.");
        }

        var magnitude = ((Int128.Abs(numerator) * 2) + denominator) / (denominator * 2);
        return (long)(numerator < 0 ? -magnitude : magnitude);
    }

    /// <summary>
    /// Splits a price into net and tax: with <see cref="TaxMode.Exclusive"/> the price is net and
    /// <c>tax = round(net × rate)</c>; with <see cref="TaxMode.Inclusive"/> the price is gross and
    /// <c>tax = round(gross × rate / (1 + rate))</c>, the net being the rest — so an inclusive price is exactly what is paid.
    /// </summary>
    /// <param name="amount">The price in minor units (negative for a credit).</param>
    /// <param name="taxRatePercent">The rate in percent, 0–100, at most four decimals.</param>
    /// <param name="mode">Whether <paramref name="amount"/> includes the tax.</param>
    /// <exception cref="BusinessException"><see cref="BillingErrorCodes.InvalidTaxRate"/>.</exception>
    public static TaxBreakdown ComputeTax(long amount, decimal taxRatePercent, TaxMode mode)
    {
        var rate = ToRateUnits(taxRatePercent);
        var hundred = 100 * (Int128)TaxRateScale;
        if (mode == TaxMode.Inclusive)
        {
            var tax = DivideHalfUp((Int128)amount * rate, hundred + rate);
            return new TaxBreakdown(amount - tax, tax, amount);
        }

        var added = DivideHalfUp((Int128)amount * rate, hundred);
        return new TaxBreakdown(amount, added, amount + added);
    }

    /// <summary>
    /// The part of <paramref name="amount"/> for <paramref name="part"/> of <paramref name="whole"/> (days, seconds),
    /// rounded half up: <c>round(amount × part / whole)</c>. Used for an upgrade's proration (DOMAIN.md §2.13).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="whole"/> is not positive, or <paramref name="part"/> is outside 0..whole.</exception>
    public static long Prorate(long amount, long part, long whole)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(whole);
        ArgumentOutOfRangeException.ThrowIfNegative(part);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(part, whole);
        return DivideHalfUp((Int128)amount * part, whole);
    }

    /// <summary>Checks an amount of minor units: 0..<see cref="MaxAmount"/>.</summary>
    /// <exception cref="BusinessException"><see cref="BillingErrorCodes.InvalidAmount"/> (data: <c>name</c>, <c>amount</c>).</exception>
    public static long EnsureAmount(long amount, string name, bool allowZero = true)
    {
        if (amount < 0 || amount > MaxAmount || (!allowZero && amount == 0))
        {
            throw new BusinessException(BillingErrorCodes.InvalidAmount, $"'{name}' must be a whole number of minor units from {(allowZero ? 0 : 1)} to {MaxAmount}.")
                .WithData("name", name)
                .WithData("amount", amount);
        }

        return amount;
    }

    /// <summary>A tax rate in units of 10^-4 percent.</summary>
    /// <exception cref="BusinessException"><see cref="BillingErrorCodes.InvalidTaxRate"/>: below 0, above 100 or more than four decimals.</exception>
    public static long ToRateUnits(decimal taxRatePercent)
    {
        // The range first: a huge rate would overflow the scaling.
        if (taxRatePercent < 0 || taxRatePercent > MaxTaxRatePercent || taxRatePercent * TaxRateScale != decimal.Truncate(taxRatePercent * TaxRateScale))
        {
            throw new BusinessException(BillingErrorCodes.InvalidTaxRate, "A tax rate is a percentage from 0 to 100 with at most four decimals.")
                .WithData("taxRatePercent", taxRatePercent);
        }

        return (long)(taxRatePercent * TaxRateScale);
    }
}
