using FitSaaS.Billing;
using FitSaaS.Framework.Exceptions;

namespace FitSaaS.Domain.Tests.Billing;

public sealed class BillingMathTests
{
    [Theory]
    [InlineData(3, 2, 2)]
    [InlineData(-3, 2, -2)]
    [InlineData(5, 2, 3)]
    [InlineData(-5, 2, -3)]
    [InlineData(1, 2, 1)]
    [InlineData(-1, 2, -1)]
    [InlineData(1, 3, 0)]
    [InlineData(2, 3, 1)]
    [InlineData(-1, 3, 0)]
    [InlineData(-2, 3, -1)]
    [InlineData(149, 100, 1)]
    [InlineData(150, 100, 2)]
    [InlineData(-149, 100, -1)]
    [InlineData(-150, 100, -2)]
    public void DivideHalfUp_RoundsHalvesAwayFromZero(long numerator, long denominator, long expected)
    {
        BillingMath.DivideHalfUp(numerator, denominator).ShouldBe(expected);
    }

    [Theory]
    [InlineData(0, 7, 0)]
    [InlineData(6, 3, 2)]
    [InlineData(-6, 3, -2)]
    [InlineData(1_000_000_000_000, 1, 1_000_000_000_000)]
    [InlineData(1_000_000_000_000, 1_000_000, 1_000_000)]
    public void DivideHalfUp_ExactDivision_ReturnsQuotient(long numerator, long denominator, long expected)
    {
        BillingMath.DivideHalfUp(numerator, denominator).ShouldBe(expected);
    }

    [Fact]
    public void DivideHalfUp_ProductBeyondLong_UsesWideIntermediate()
    {
        // 10^12 × 10^9 does not fit in a long; the quotient does.
        var numerator = (Int128)BillingMath.MaxAmount * 1_000_000_000;

        BillingMath.DivideHalfUp(numerator, 2_000_000_000).ShouldBe(500_000_000_000);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(-100)]
    public void DivideHalfUp_DenominatorNotPositive_Throws(long denominator)
    {
        var ex = Should.Throw<ArgumentOutOfRangeException>(() => BillingMath.DivideHalfUp(10, denominator));

        ex.ParamName.ShouldBe("denominator");
    }

    [Fact]
    public void ComputeTax_Exclusive_AddsTaxToNet()
    {
        BillingMath.ComputeTax(1000, 17m, TaxMode.Exclusive).ShouldBe(new TaxBreakdown(1000, 170, 1170));
    }

    [Fact]
    public void ComputeTax_Inclusive_SplitsGross()
    {
        BillingMath.ComputeTax(1170, 17m, TaxMode.Inclusive).ShouldBe(new TaxBreakdown(1000, 170, 1170));
    }

    [Fact]
    public void ComputeTax_InclusiveNotExact_RoundsTaxAndNetIsTheRest()
    {
        // 999 × 17 / 117 = 145.15… → 145.
        BillingMath.ComputeTax(999, 17m, TaxMode.Inclusive).ShouldBe(new TaxBreakdown(854, 145, 999));
    }

    [Fact]
    public void ComputeTax_ExclusiveHalfMinorUnit_RoundsUp()
    {
        // 50 × 17 % = 8.5 → 9; 10 × 5 % = 0.5 → 1.
        BillingMath.ComputeTax(50, 17m, TaxMode.Exclusive).ShouldBe(new TaxBreakdown(50, 9, 59));
        BillingMath.ComputeTax(10, 5m, TaxMode.Exclusive).ShouldBe(new TaxBreakdown(10, 1, 11));
    }

    [Fact]
    public void ComputeTax_FourDecimalRateExclusive_RoundsHalfUp()
    {
        // 1000 × 8.875 % = 88.75 → 89.
        BillingMath.ComputeTax(1000, 8.875m, TaxMode.Exclusive).ShouldBe(new TaxBreakdown(1000, 89, 1089));
        // 10000 × 8.8751 % = 887.51 → 888.
        BillingMath.ComputeTax(10000, 8.8751m, TaxMode.Exclusive).ShouldBe(new TaxBreakdown(10000, 888, 10888));
    }

    [Fact]
    public void ComputeTax_FourDecimalRateInclusive_RoundsHalfUp()
    {
        // 10000 × 8.875 / 108.875 = 815.15… → 815.
        BillingMath.ComputeTax(10000, 8.875m, TaxMode.Inclusive).ShouldBe(new TaxBreakdown(9185, 815, 10000));
    }

    [Theory]
    [InlineData(TaxMode.Exclusive)]
    [InlineData(TaxMode.Inclusive)]
    public void ComputeTax_ZeroRate_NoTax(TaxMode mode)
    {
        BillingMath.ComputeTax(12345, 0m, mode).ShouldBe(new TaxBreakdown(12345, 0, 12345));
    }

    [Fact]
    public void ComputeTax_HundredPercent_IsAccepted()
    {
        BillingMath.ComputeTax(1000, 100m, TaxMode.Exclusive).ShouldBe(new TaxBreakdown(1000, 1000, 2000));
        BillingMath.ComputeTax(2000, 100m, TaxMode.Inclusive).ShouldBe(new TaxBreakdown(1000, 1000, 2000));
    }

    [Fact]
    public void ComputeTax_NegativeAmount_RoundsAwayFromZero()
    {
        BillingMath.ComputeTax(-1000, 17m, TaxMode.Exclusive).ShouldBe(new TaxBreakdown(-1000, -170, -1170));
        BillingMath.ComputeTax(-1170, 17m, TaxMode.Inclusive).ShouldBe(new TaxBreakdown(-1000, -170, -1170));
        // −50 × 17 % = −8.5 → −9.
        BillingMath.ComputeTax(-50, 17m, TaxMode.Exclusive).ShouldBe(new TaxBreakdown(-50, -9, -59));
    }

    [Theory]
    [InlineData("8.87501")]
    [InlineData("0.00001")]
    [InlineData("-0.0001")]
    [InlineData("-17")]
    [InlineData("100.0001")]
    [InlineData("101")]
    public void ComputeTax_InvalidRate_ThrowsInvalidTaxRate(string rate)
    {
        var taxRate = decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture);

        var ex = Should.Throw<BusinessException>(() => BillingMath.ComputeTax(1000, taxRate, TaxMode.Exclusive));

        ex.Code.ShouldBe(BillingErrorCodes.InvalidTaxRate);
        ex.Details["taxRatePercent"].ShouldBe(taxRate);
    }

    [Fact]
    public void ToRateUnits_FourDecimals_ScalesBy10000()
    {
        BillingMath.ToRateUnits(8.875m).ShouldBe(88_750);
        BillingMath.ToRateUnits(0.0001m).ShouldBe(1);
        BillingMath.ToRateUnits(100m).ShouldBe(1_000_000);
        BillingMath.ToRateUnits(17.00000m).ShouldBe(170_000);
    }

    [Fact]
    public void ToRateUnits_HugeRate_ThrowsInvalidTaxRate()
    {
        var ex = Should.Throw<BusinessException>(() => BillingMath.ToRateUnits(decimal.MaxValue));

        ex.Code.ShouldBe(BillingErrorCodes.InvalidTaxRate);
    }

    [Theory]
    [InlineData(1000, 1, 3, 333)]
    [InlineData(1000, 2, 3, 667)]
    [InlineData(1, 1, 2, 1)]
    [InlineData(3, 1, 2, 2)]
    [InlineData(-3, 1, 2, -2)]
    [InlineData(3000, 15, 30, 1500)]
    [InlineData(2999, 0, 31, 0)]
    [InlineData(2999, 31, 31, 2999)]
    public void Prorate_RoundsHalfUp(long amount, long part, long whole, long expected)
    {
        BillingMath.Prorate(amount, part, whole).ShouldBe(expected);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(0, 5)]
    [InlineData(-1, 0)]
    [InlineData(-1, 1)]
    public void Prorate_WholeNotPositive_Throws(long whole, long part)
    {
        var ex = Should.Throw<ArgumentOutOfRangeException>(() => BillingMath.Prorate(1000, part, whole));

        ex.ParamName.ShouldBe("whole");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(31)]
    public void Prorate_PartOutsideWhole_Throws(long part)
    {
        var ex = Should.Throw<ArgumentOutOfRangeException>(() => BillingMath.Prorate(1000, part, 30));

        ex.ParamName.ShouldBe("part");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(BillingMath.MaxAmount)]
    public void EnsureAmount_InRange_ReturnsAmount(long amount)
    {
        BillingMath.EnsureAmount(amount, "price").ShouldBe(amount);
    }

    [Theory]
    [InlineData(-1, true)]
    [InlineData(long.MinValue, true)]
    [InlineData(BillingMath.MaxAmount + 1, true)]
    [InlineData(long.MaxValue, true)]
    [InlineData(0, false)]
    [InlineData(-1, false)]
    public void EnsureAmount_OutOfRange_ThrowsInvalidAmountWithNameAndAmount(long amount, bool allowZero)
    {
        var ex = Should.Throw<BusinessException>(() => BillingMath.EnsureAmount(amount, "price", allowZero));

        ex.Code.ShouldBe(BillingErrorCodes.InvalidAmount);
        ex.Details["name"].ShouldBe("price");
        ex.Details["amount"].ShouldBe(amount);
    }

    [Fact]
    public void EnsureAmount_ZeroNotAllowedButOne_ReturnsOne()
    {
        BillingMath.EnsureAmount(1, "amount", allowZero: false).ShouldBe(1);
    }
}
