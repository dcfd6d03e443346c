using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Programs;

/// <summary>The changeable fields of a gym's body metric, shared by <see cref="CreateBodyMetricDefinitionDto"/> and <see cref="UpdateBodyMetricDefinitionDto"/>.</summary>
public abstract class BodyMetricDefinitionCreateOrUpdateDtoBase
{
    /// <summary>The name, unique in the gym and among the built-in metrics (case-insensitive); at most <see cref="BodyMetricConsts.MaxNameLength"/> characters.</summary>
    [Required]
    [StringLength(BodyMetricConsts.MaxNameLength)]
    public string Name { get; init; } = string.Empty;

    /// <summary>The unit label: required for a count or custom metric (e.g. <c>bpm</c>), absent for mass, length and percent.</summary>
    [StringLength(BodyMetricConsts.MaxUnitLabelLength)]
    public string? UnitLabel { get; init; }

    /// <summary>Smallest accepted value in the canonical unit (kg, cm, %, the label); default 0.</summary>
    public decimal? MinValue { get; init; }

    /// <summary>Largest accepted value in the canonical unit; default 100 000 (100 for a percent).</summary>
    public decimal? MaxValue { get; init; }

    /// <summary>Which way it usually improves; default <see cref="BodyMetricPreference.None"/>.</summary>
    [EnumDataType(typeof(BodyMetricPreference))]
    public BodyMetricPreference Preference { get; init; }
}
