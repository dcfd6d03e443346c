using FitSaaS.Framework.Exceptions;
using FitSaaS.Programs;

namespace FitSaaS.Domain.Tests.Programs;

public sealed class BodyMetricTests
{
    private static readonly DateTime s_now = new(2026, 12, 7, 12, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("180", "81.64662660")]
    [InlineData("180.25", "81.7600246925")]
    [InlineData("3", "1.36077711")]
    [InlineData("100.001", "45.35969059237")]
    [InlineData("220.462", "99.99988107494")]
    public void ToCanonical_Pounds_ConvertsExactlyWithTheDefinedFactor(string pounds, string kilograms)
    {
        var value = BuiltInBodyMetrics.BodyWeight.ToCanonical(decimal.Parse(pounds, System.Globalization.CultureInfo.InvariantCulture), BodyMetricUnit.Pound);

        value.Canonical.ShouldBe(decimal.Parse(kilograms, System.Globalization.CultureInfo.InvariantCulture));
        value.Display.ShouldBe(decimal.Parse(pounds, System.Globalization.CultureInfo.InvariantCulture));
        value.DisplayUnit.ShouldBe(BodyMetricUnit.Pound);
    }

    [Fact]
    public void ToCanonical_Inches_ConvertsExactly()
    {
        var value = BuiltInBodyMetrics.Waist.ToCanonical(32.5m, BodyMetricUnit.Inch);

        value.Canonical.ShouldBe(82.55m);
        value.DisplayUnit.ShouldBe(BodyMetricUnit.Inch);
    }

    [Fact]
    public void ToCanonical_NoUnit_UsesTheCanonicalUnit()
    {
        var value = BuiltInBodyMetrics.BodyWeight.ToCanonical(80.5m, null);

        value.Canonical.ShouldBe(80.5m);
        value.DisplayUnit.ShouldBe(BodyMetricUnit.Kilogram);
    }

    [Fact]
    public void ToCanonical_ThousandPoundEntriesSummed_StayExact()
    {
        // 1000 × 0.1 lb in decimal is exactly 100 lb = 45.359237 kg; binary floating point would drift.
        var sum = Enumerable.Range(0, 1000).Sum(_ => BodyMetricUnits.ToCanonical(0.1m, BodyMetricUnit.Pound));

        sum.ShouldBe(45.359237m);
        BodyMetricUnits.ToCanonical(0.001m, BodyMetricUnit.Pound).ShouldBe(0.00045359237m);
        BodyMetricUnits.ToCanonical(1m, BodyMetricUnit.Inch).ShouldBe(2.54m);
    }

    [Fact]
    public void FromCanonical_RoundTripOfAnEnteredPoundValue_GivesItBack()
    {
        var canonical = BodyMetricUnits.ToCanonical(180.4m, BodyMetricUnit.Pound);

        BodyMetricUnits.FromCanonical(canonical, BodyMetricUnit.Pound).ShouldBe(180.4m);
        BodyMetricUnits.FromCanonical(82.55m, BodyMetricUnit.Inch).ShouldBe(32.5m);
    }

    [Theory]
    [InlineData(BodyMetricUnit.Inch)]
    [InlineData(BodyMetricUnit.Percent)]
    [InlineData(BodyMetricUnit.Count)]
    public void ToCanonical_UnitOfAnotherKind_ThrowsUnitNotOfMetricKind(BodyMetricUnit unit)
    {
        var exception = Should.Throw<BusinessException>(() => BuiltInBodyMetrics.BodyWeight.ToCanonical(80m, unit));

        exception.Code.ShouldBe(ProgramsErrorCodes.UnitNotOfMetricKind);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("0.5")]
    [InlineData("700.001")]
    [InlineData("80.0001")]
    public void ToCanonical_NegativeOutOfBoundsOrTooPrecise_ThrowsValueOutOfRange(string kilograms)
    {
        var exception = Should.Throw<BusinessException>(() =>
            BuiltInBodyMetrics.BodyWeight.ToCanonical(decimal.Parse(kilograms, System.Globalization.CultureInfo.InvariantCulture), BodyMetricUnit.Kilogram));

        exception.Code.ShouldBe(ProgramsErrorCodes.BodyMetricValueOutOfRange);
    }

    [Fact]
    public void ToCanonical_BoundsAreCheckedAfterConversion()
    {
        // 1544 lb = 700.34661928 kg: above the 700 kg bound, which is checked on the canonical value.
        Should.Throw<BusinessException>(() => BuiltInBodyMetrics.BodyWeight.ToCanonical(1544m, BodyMetricUnit.Pound))
            .Code.ShouldBe(ProgramsErrorCodes.BodyMetricValueOutOfRange);
        BuiltInBodyMetrics.BodyWeight.ToCanonical(1543m, BodyMetricUnit.Pound).Canonical.ShouldBe(699.89302691m);
    }

    [Fact]
    public void ToCanonical_FractionOfACount_ThrowsValueOutOfRange()
    {
        Should.Throw<BusinessException>(() => BuiltInBodyMetrics.RestingHeartRate.ToCanonical(58.5m, null))
            .Code.ShouldBe(ProgramsErrorCodes.BodyMetricValueOutOfRange);
        BuiltInBodyMetrics.RestingHeartRate.ToCanonical(58m, BodyMetricUnit.Count).Canonical.ShouldBe(58m);
    }

    [Fact]
    public void BuiltIns_HaveDistinctFixedIdsKeysAndNames()
    {
        BuiltInBodyMetrics.All.Count.ShouldBe(9);
        BuiltInBodyMetrics.All.Select(m => m.Id).Distinct().Count().ShouldBe(9);
        BuiltInBodyMetrics.All.Select(m => m.Key).Distinct().Count().ShouldBe(9);
        BuiltInBodyMetrics.Find(new Guid("0b0d7000-0000-4000-8000-000000000001")).ShouldBe(BuiltInBodyMetrics.BodyWeight);
        BuiltInBodyMetrics.All.ShouldAllBe(m => m.IsBuiltIn);
    }

    [Fact]
    public void Definition_CountWithoutLabel_ThrowsInvalidDefinition()
    {
        var exception = Should.Throw<BusinessException>(() =>
            new BodyMetricDefinition(Guid.NewGuid(), Guid.NewGuid(), "Push-ups", BodyMetricUnitKind.Count, new BodyMetricDefinitionDetails(null, null, null, BodyMetricPreference.HigherIsBetter)));

        exception.Code.ShouldBe(ProgramsErrorCodes.InvalidBodyMetricDefinition);
        exception.Details["field"].ShouldBe("unitLabel");
    }

    [Fact]
    public void Definition_MassWithLabelOrReversedBounds_ThrowsInvalidDefinition()
    {
        Should.Throw<BusinessException>(() =>
            new BodyMetricDefinition(Guid.NewGuid(), Guid.NewGuid(), "Lean mass", BodyMetricUnitKind.Mass, new BodyMetricDefinitionDetails("kg", null, null, BodyMetricPreference.None)))
            .Details["field"].ShouldBe("unitLabel");
        Should.Throw<BusinessException>(() =>
            new BodyMetricDefinition(Guid.NewGuid(), Guid.NewGuid(), "Lean mass", BodyMetricUnitKind.Mass, new BodyMetricDefinitionDetails(null, 50m, 10m, BodyMetricPreference.None)))
            .Details["field"].ShouldBe("minValue");
    }

    [Fact]
    public void Definition_Percent_DefaultsItsMaximumTo100AndConvertsToAMetric()
    {
        var definition = new BodyMetricDefinition(
            Guid.NewGuid(), Guid.NewGuid(), "  Muscle   mass ", BodyMetricUnitKind.Percent, new BodyMetricDefinitionDetails(null, null, null, BodyMetricPreference.HigherIsBetter));

        definition.Name.ShouldBe("Muscle   mass");
        definition.NormalizedName.ShouldBe("MUSCLE MASS");
        var metric = definition.ToBodyMetric();
        metric.IsBuiltIn.ShouldBeFalse();
        metric.EffectiveMaxValue.ShouldBe(100m);
        Should.Throw<BusinessException>(() => metric.ToCanonical(100.5m, null)).Code.ShouldBe(ProgramsErrorCodes.BodyMetricValueOutOfRange);
    }

    [Fact]
    public void Entry_KeepsCanonicalAndDisplayValues()
    {
        var entry = new BodyMetricEntry(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), BuiltInBodyMetrics.BodyWeight, 176m, BodyMetricUnit.Pound, s_now.AddDays(-3), s_now, "  after breakfast ");

        entry.Value.ShouldBe(79.83225712m);
        entry.DisplayValue.ShouldBe(176m);
        entry.DisplayUnit.ShouldBe(BodyMetricUnit.Pound);
        entry.MeasuredAt.ShouldBe(s_now.AddDays(-3));
        entry.Notes.ShouldBe("after breakfast");
    }

    [Fact]
    public void Entry_InTheFutureBeyondTheSkew_ThrowsMeasuredInFuture_WithinTheSkew_IsAccepted()
    {
        var metric = BuiltInBodyMetrics.BodyWeight;
        var skew = TimeSpan.FromSeconds(BodyMetricConsts.MaxFutureSkewSeconds);

        Should.Throw<BusinessException>(() => new BodyMetricEntry(Guid.NewGuid(), null, Guid.NewGuid(), metric, 80m, null, s_now + skew + TimeSpan.FromSeconds(1), s_now, null))
            .Code.ShouldBe(ProgramsErrorCodes.MeasuredInFuture);
        new BodyMetricEntry(Guid.NewGuid(), null, Guid.NewGuid(), metric, 80m, null, s_now + skew, s_now, null).MeasuredAt.ShouldBe(s_now + skew);
    }
}
