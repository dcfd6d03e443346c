namespace FitSaaS.Programs;

/// <summary>Input of <see cref="IBodyMetricEntryAppService.UpdateAsync"/>: the new value, unit, instant and notes (the metric and member stay).</summary>
public sealed class UpdateBodyMetricEntryDto : BodyMetricEntryCreateOrUpdateDtoBase;
