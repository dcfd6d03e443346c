namespace FitSaaS.Programs;

/// <summary>
/// The units of body metrics: which units each <see cref="BodyMetricUnitKind"/> accepts, the canonical one, and exact decimal
/// conversion to it (1 lb = 0.45359237 kg and 1 in = 2.54 cm, both exact by definition; no binary floating point).
/// </summary>
public static class BodyMetricUnits
{
    /// <summary>Kilograms per pound, exact (international yard and pound agreement, 1959).</summary>
    public const decimal KilogramsPerPound = 0.45359237m;

    /// <summary>Centimetres per inch, exact.</summary>
    public const decimal CentimetresPerInch = 2.54m;

    /// <summary>The canonical (stored) unit of a kind.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An undefined kind.</exception>
    public static BodyMetricUnit CanonicalUnitOf(BodyMetricUnitKind kind) => kind switch
    {
        BodyMetricUnitKind.Mass => BodyMetricUnit.Kilogram,
        BodyMetricUnitKind.Length => BodyMetricUnit.Centimetre,
        BodyMetricUnitKind.Percent => BodyMetricUnit.Percent,
        BodyMetricUnitKind.Count => BodyMetricUnit.Count,
        BodyMetricUnitKind.Custom => BodyMetricUnit.Custom,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown unit kind."),
    };

    /// <summary>The units a value of <paramref name="kind"/> may be given in, canonical first.</summary>
    public static IReadOnlyList<BodyMetricUnit> UnitsOf(BodyMetricUnitKind kind) => kind switch
    {
        BodyMetricUnitKind.Mass => [BodyMetricUnit.Kilogram, BodyMetricUnit.Pound],
        BodyMetricUnitKind.Length => [BodyMetricUnit.Centimetre, BodyMetricUnit.Inch],
        _ => [CanonicalUnitOf(kind)],
    };

    /// <summary>True when <paramref name="unit"/> is one of the units of <paramref name="kind"/>.</summary>
    public static bool IsOfKind(BodyMetricUnit unit, BodyMetricUnitKind kind) =>
        Enum.IsDefined(kind) && UnitsOf(kind).Contains(unit);

    /// <summary>
    /// Converts <paramref name="value"/> given in <paramref name="unit"/> to the canonical unit of its kind, exactly (pounds × 0.45359237,
    /// inches × 2.54; other units unchanged).
    /// </summary>
    public static decimal ToCanonical(decimal value, BodyMetricUnit unit) => unit switch
    {
        BodyMetricUnit.Pound => value * KilogramsPerPound,
        BodyMetricUnit.Inch => value * CentimetresPerInch,
        _ => value,
    };

    /// <summary>
    /// Converts a canonical value to <paramref name="unit"/> for display: exact for the canonical unit, else divided by the factor and
    /// rounded to <paramref name="decimals"/> places (away from zero at midpoints).
    /// </summary>
    public static decimal FromCanonical(decimal canonicalValue, BodyMetricUnit unit, int decimals = 2) => unit switch
    {
        BodyMetricUnit.Pound => Math.Round(canonicalValue / KilogramsPerPound, decimals, MidpointRounding.AwayFromZero),
        BodyMetricUnit.Inch => Math.Round(canonicalValue / CentimetresPerInch, decimals, MidpointRounding.AwayFromZero),
        _ => canonicalValue,
    };

    /// <summary>The symbol shown with a value: <c>kg</c>, <c>lb</c>, <c>cm</c>, <c>in</c>, <c>%</c>, or the metric's own label.</summary>
    public static string SymbolOf(BodyMetricUnit unit, string? metricUnitLabel) => unit switch
    {
        BodyMetricUnit.Kilogram => "kg",
        BodyMetricUnit.Pound => "lb",
        BodyMetricUnit.Centimetre => "cm",
        BodyMetricUnit.Inch => "in",
        BodyMetricUnit.Percent => "%",
        _ => metricUnitLabel ?? string.Empty,
    };
}
