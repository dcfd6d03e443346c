using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Programs;

/// <summary>The fields of an entry, shared by <see cref="CreateBodyMetricEntryDto"/> and <see cref="UpdateBodyMetricEntryDto"/>.</summary>
public abstract class BodyMetricEntryCreateOrUpdateDtoBase
{
    /// <summary>
    /// The value in <see cref="Unit"/>: not negative, at most three decimals (whole for a count), within the metric's bounds once
    /// converted to its canonical unit.
    /// </summary>
    [Required]
    public decimal? Value { get; init; }

    /// <summary>The unit of <see cref="Value"/>, one of the metric's kind (kilograms or pounds for a mass…); default the canonical unit.</summary>
    [EnumDataType(typeof(BodyMetricUnit))]
    public BodyMetricUnit? Unit { get; init; }

    /// <summary>When it was measured (UTC; may be in the past, not more than five minutes in the future); default now.</summary>
    public DateTime? MeasuredAt { get; init; }

    /// <summary>Notes, at most <see cref="BodyMetricConsts.MaxNotesLength"/> characters.</summary>
    [StringLength(BodyMetricConsts.MaxNotesLength)]
    public string? Notes { get; init; }
}
