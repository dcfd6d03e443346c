using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Programs;

/// <summary>Input of <see cref="IBodyMetricDefinitionAppService.CreateAsync"/>: a new body metric of the gym.</summary>
public sealed class CreateBodyMetricDefinitionDto : BodyMetricDefinitionCreateOrUpdateDtoBase
{
    /// <summary>What it measures (fixes the canonical unit; cannot be changed later).</summary>
    [Required]
    [EnumDataType(typeof(BodyMetricUnitKind))]
    public BodyMetricUnitKind? UnitKind { get; init; }
}
