using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Programs;

/// <summary>
/// A body metric a tenant defines besides the built-in ones (<see cref="BuiltInBodyMetrics"/>): its name, what it measures (which
/// fixes its canonical unit; not changeable), sane bounds and which way it improves. <see cref="BodyMetricManager"/> creates it.
/// </summary>
public sealed class BodyMetricDefinition : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private BodyMetricDefinition()
    {
        // EF Core
        Name = null!;
        NormalizedName = null!;
    }

    internal BodyMetricDefinition(Guid id, Guid tenantId, string name, BodyMetricUnitKind unitKind, BodyMetricDefinitionDetails details)
        : base(id)
    {
        TenantId = tenantId;
        if (!Enum.IsDefined(unitKind))
        {
            throw Invalid("unitKind", $"Unknown unit kind {unitKind}.");
        }

        UnitKind = unitKind;
        Name = null!;
        NormalizedName = null!;
        Rename(name);
        ChangeDetails(details);
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The display name, trimmed; unique in the tenant and among built-in names (case-insensitive).</summary>
    public string Name { get; private set; }

    /// <summary>The name upper-cased with whitespace collapsed.</summary>
    public string NormalizedName { get; private set; }

    /// <summary>What it measures; fixes the canonical unit.</summary>
    public BodyMetricUnitKind UnitKind { get; private set; }

    /// <summary>The unit label of a count or custom metric (e.g. <c>bpm</c>); null for mass, length and percent.</summary>
    public string? UnitLabel { get; private set; }

    /// <summary>Smallest accepted value, canonical unit; null = 0.</summary>
    public decimal? MinValue { get; private set; }

    /// <summary>Largest accepted value, canonical unit; null = <see cref="BodyMetricConsts.MaxValue"/>.</summary>
    public decimal? MaxValue { get; private set; }

    /// <summary>Which way it usually improves.</summary>
    public BodyMetricPreference Preference { get; private set; }

    /// <summary>The metric as entries and goals use it.</summary>
    public BodyMetric ToBodyMetric() => new(Id, null, Name, UnitKind, UnitLabel, MinValue, MaxValue, Preference);

    /// <summary>The normalized form of a name: trimmed, inner whitespace collapsed to one space, upper-cased.</summary>
    public static string NormalizeName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
    }

    /// <summary>Renames it; <see cref="BodyMetricManager"/> checks that the name is free.</summary>
    /// <exception cref="BusinessException"><see cref="ProgramsErrorCodes.InvalidBodyMetricDefinition"/> for a blank or too long name.</exception>
    internal void Rename(string name)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > BodyMetricConsts.MaxNameLength)
        {
            throw Invalid("name", $"A metric name has 1 to {BodyMetricConsts.MaxNameLength} characters.");
        }

        Name = trimmed;
        NormalizedName = NormalizeName(trimmed);
    }

    /// <summary>Replaces the unit label, bounds and preference.</summary>
    /// <exception cref="BusinessException"><see cref="ProgramsErrorCodes.InvalidBodyMetricDefinition"/>.</exception>
    public void ChangeDetails(BodyMetricDefinitionDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var label = string.IsNullOrWhiteSpace(details.UnitLabel) ? null : details.UnitLabel.Trim();
        var needsLabel = UnitKind is BodyMetricUnitKind.Count or BodyMetricUnitKind.Custom;
        if (needsLabel && label is null)
        {
            throw Invalid("unitLabel", $"A {UnitKind} metric needs a unit label.");
        }

        if (!needsLabel && label is not null)
        {
            throw Invalid("unitLabel", $"A {UnitKind} metric has a fixed unit ({BodyMetricUnits.SymbolOf(BodyMetricUnits.CanonicalUnitOf(UnitKind), null)}), no label.");
        }

        if (label?.Length > BodyMetricConsts.MaxUnitLabelLength)
        {
            throw Invalid("unitLabel", $"A unit label has at most {BodyMetricConsts.MaxUnitLabelLength} characters.");
        }

        var ceiling = UnitKind == BodyMetricUnitKind.Percent ? 100m : BodyMetricConsts.MaxValue;
        if (details.MinValue is < 0 || details.MinValue > ceiling || decimal.Round(details.MinValue ?? 0, BodyMetricConsts.MaxValueScale) != (details.MinValue ?? 0))
        {
            throw Invalid("minValue", $"The minimum is between 0 and {ceiling}, with at most {BodyMetricConsts.MaxValueScale} decimals.");
        }

        if (details.MaxValue is < 0 || details.MaxValue > ceiling || decimal.Round(details.MaxValue ?? 0, BodyMetricConsts.MaxValueScale) != (details.MaxValue ?? 0))
        {
            throw Invalid("maxValue", $"The maximum is between 0 and {ceiling}, with at most {BodyMetricConsts.MaxValueScale} decimals.");
        }

        if (details.MinValue > details.MaxValue)
        {
            throw Invalid("minValue", "The minimum is above the maximum.");
        }

        if (!Enum.IsDefined(details.Preference))
        {
            throw Invalid("preference", $"Unknown preference {details.Preference}.");
        }

        UnitLabel = label;
        MinValue = details.MinValue;
        MaxValue = details.MaxValue ?? (UnitKind == BodyMetricUnitKind.Percent ? 100m : null);
        Preference = details.Preference;
    }

    private static BusinessException Invalid(string field, string message) =>
        new BusinessException(ProgramsErrorCodes.InvalidBodyMetricDefinition, message).WithData("field", field);
}
