using FitSaaS.Framework.Exceptions;

namespace FitSaaS.Programs;

/// <summary>
/// A body metric as entries and goals use it: one of <see cref="BuiltInBodyMetrics"/> (defined in code, the same for every
/// tenant) or a tenant's <see cref="BodyMetricDefinition"/>. Checks and converts values to the canonical unit.
/// </summary>
/// <param name="Id">The metric id (a built-in's is fixed).</param>
/// <param name="Key">A built-in's stable key (<c>body-weight</c>, …); null for a tenant's metric.</param>
/// <param name="Name">The display name.</param>
/// <param name="UnitKind">What it measures.</param>
/// <param name="UnitLabel">The unit label of a count or custom kind (<c>bpm</c>); null for the other kinds.</param>
/// <param name="MinValue">Smallest accepted value in the canonical unit; null = 0.</param>
/// <param name="MaxValue">Largest accepted value in the canonical unit; null = <see cref="BodyMetricConsts.MaxValue"/>.</param>
/// <param name="Preference">Which way it usually improves.</param>
public sealed record BodyMetric(
    Guid Id, string? Key, string Name, BodyMetricUnitKind UnitKind, string? UnitLabel, decimal? MinValue, decimal? MaxValue, BodyMetricPreference Preference)
{
    /// <summary>True for a built-in metric.</summary>
    public bool IsBuiltIn => Key is not null;

    /// <summary>The canonical (stored) unit.</summary>
    public BodyMetricUnit CanonicalUnit => BodyMetricUnits.CanonicalUnitOf(UnitKind);

    /// <summary>The smallest accepted canonical value.</summary>
    public decimal EffectiveMinValue => MinValue ?? 0m;

    /// <summary>The largest accepted canonical value.</summary>
    public decimal EffectiveMaxValue => MaxValue ?? BodyMetricConsts.MaxValue;

    /// <summary>
    /// Checks a value given in <paramref name="unit"/> (null = the canonical unit) and returns it in the canonical unit, exactly.
    /// </summary>
    /// <exception cref="BusinessException">
    /// <see cref="ProgramsErrorCodes.UnitNotOfMetricKind"/>; <see cref="ProgramsErrorCodes.BodyMetricValueOutOfRange"/> for a negative
    /// value, one with more than <see cref="BodyMetricConsts.MaxValueScale"/> decimals, a fraction of a count, or one outside the bounds.
    /// </exception>
    public BodyMetricValue ToCanonical(decimal value, BodyMetricUnit? unit)
    {
        var given = unit ?? CanonicalUnit;
        if (!BodyMetricUnits.IsOfKind(given, UnitKind))
        {
            throw new BusinessException(ProgramsErrorCodes.UnitNotOfMetricKind, $"'{given}' is not a unit of {UnitKind} metric '{Name}'.")
                .WithData("unit", given.ToString())
                .WithData("unitKind", UnitKind.ToString());
        }

        if (value < 0 || decimal.Round(value, BodyMetricConsts.MaxValueScale) != value || (UnitKind == BodyMetricUnitKind.Count && decimal.Truncate(value) != value))
        {
            throw OutOfRange(value);
        }

        var canonical = BodyMetricUnits.ToCanonical(value, given);
        if (canonical < EffectiveMinValue || canonical > EffectiveMaxValue)
        {
            throw OutOfRange(value);
        }

        return new BodyMetricValue(canonical, value, given);
    }

    private BusinessException OutOfRange(decimal value) =>
        new BusinessException(
                ProgramsErrorCodes.BodyMetricValueOutOfRange,
                $"{value} is not a valid value of '{Name}': from {EffectiveMinValue} to {EffectiveMaxValue} {BodyMetricUnits.SymbolOf(CanonicalUnit, UnitLabel)}" +
                (UnitKind == BodyMetricUnitKind.Count ? ", whole numbers." : $", at most {BodyMetricConsts.MaxValueScale} decimals."))
            .WithData("value", value)
            .WithData("min", EffectiveMinValue)
            .WithData("max", EffectiveMaxValue);
}
