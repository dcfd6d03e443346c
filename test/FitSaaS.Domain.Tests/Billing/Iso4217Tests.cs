using System.Globalization;
using FitSaaS.Billing;
using FitSaaS.Framework.Exceptions;

namespace FitSaaS.Domain.Tests.Billing;

public sealed class Iso4217Tests
{
    [Theory]
    [InlineData("JPY", 0)]
    [InlineData("KRW", 0)]
    [InlineData("EUR", 2)]
    [InlineData("USD", 2)]
    [InlineData("ILS", 2)]
    [InlineData("GBP", 2)]
    [InlineData("KWD", 3)]
    [InlineData("BHD", 3)]
    [InlineData("CLF", 4)]
    [InlineData("UYW", 4)]
    public void GetMinorUnits_KnownCode_ReturnsExponent(string code, int expected)
    {
        Iso4217.IsKnown(code).ShouldBeTrue();
        Iso4217.GetMinorUnits(code).ShouldBe(expected);
        Iso4217.TryGetMinorUnits(code, out var units).ShouldBeTrue();
        units.ShouldBe(expected);
    }

    [Theory]
    [InlineData("XYZ")]
    [InlineData("eur")]
    [InlineData("Usd")]
    [InlineData("EUR ")]
    [InlineData("")]
    [InlineData("HRK")]
    [InlineData(null)]
    public void IsKnown_UnknownOrLowerCase_IsFalse(string? code)
    {
        Iso4217.IsKnown(code).ShouldBeFalse();
        Iso4217.TryGetMinorUnits(code, out var units).ShouldBeFalse();
        units.ShouldBe(0);
    }

    [Theory]
    [InlineData("XYZ")]
    [InlineData("eur")]
    public void GetMinorUnits_UnknownCode_ThrowsUnknownCurrency(string code)
    {
        var ex = Should.Throw<BusinessException>(() => Iso4217.GetMinorUnits(code));

        ex.Code.ShouldBe(BillingErrorCodes.UnknownCurrency);
        ex.Details["currency"].ShouldBe(code);
    }

    [Fact]
    public void Codes_AreThreeUpperCaseLetters()
    {
        Iso4217.Codes.Count.ShouldBeGreaterThan(150);
        Iso4217.Codes.ShouldAllBe(c => c.Length == 3 && c.All(char.IsAsciiLetterUpper));
        Iso4217.Codes.ShouldContain("XCG");
    }

    [Theory]
    [InlineData(125000, "JPY", "JPY 125,000")]
    [InlineData(1250, "EUR", "EUR 12.50")]
    [InlineData(1234, "KWD", "KWD 1.234")]
    [InlineData(12345, "CLF", "CLF 1.2345")]
    [InlineData(5, "USD", "USD 0.05")]
    [InlineData(0, "EUR", "EUR 0.00")]
    [InlineData(123456789, "USD", "USD 1,234,567.89")]
    [InlineData(-1250, "EUR", "EUR -12.50")]
    public void Format_InvariantCulture_UsesCurrencyDecimalsAndCode(long amount, string currency, string expected)
    {
        Iso4217.Format(amount, currency).ShouldBe(expected);
    }

    [Fact]
    public void Format_GivenCulture_UsesItsNumberFormat()
    {
        Iso4217.Format(123450, "EUR", CultureInfo.GetCultureInfo("de-DE")).ShouldBe("EUR 1.234,50");
    }

    [Fact]
    public void Format_UnknownCurrency_ThrowsUnknownCurrency()
    {
        var ex = Should.Throw<BusinessException>(() => Iso4217.Format(100, "XYZ"));

        ex.Code.ShouldBe(BillingErrorCodes.UnknownCurrency);
    }
}
