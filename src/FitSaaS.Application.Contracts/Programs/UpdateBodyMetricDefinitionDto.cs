namespace FitSaaS.Programs;

/// <summary>Input of <see cref="IBodyMetricDefinitionAppService.UpdateAsync"/>: the new name, label, bounds and preference (the kind stays).</summary>
public sealed class UpdateBodyMetricDefinitionDto : BodyMetricDefinitionCreateOrUpdateDtoBase;
