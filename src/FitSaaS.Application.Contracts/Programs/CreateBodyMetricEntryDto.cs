using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Programs;

/// <summary>Input of <see cref="IBodyMetricEntryAppService.CreateAsync"/>: a measurement for oneself or (coaches) for a member.</summary>
public sealed class CreateBodyMetricEntryDto : BodyMetricEntryCreateOrUpdateDtoBase, IValidatableObject
{
    /// <summary>The metric (a built-in's fixed id or the gym's own).</summary>
    public Guid MetricId { get; init; }

    /// <summary>Log for this member instead of oneself (needs <c>FitSaaS.Programs.BodyMetrics.ManageForMembers</c>).</summary>
    public Guid? MemberId { get; init; }

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MetricId == Guid.Empty)
        {
            yield return new ValidationResult("The MetricId field is required.", [nameof(MetricId)]);
        }
    }
}
