using FitSaaS.Framework.Application;

namespace FitSaaS.Programs;

/// <summary>
/// Body-metric definitions (<c>/api/programs/body-metrics/definitions</c>): the built-in metrics every gym has (body weight, body
/// fat, waist, hips, chest, arm, thigh and neck circumferences, resting heart rate; read-only) and the gym's own.
/// </summary>
[HttpApiRoute("api/programs/body-metrics/definitions")]
public interface IBodyMetricDefinitionAppService : IApplicationService
{
    /// <summary>Every metric: the built-in ones first, then the gym's by name.</summary>
    Task<IReadOnlyList<BodyMetricDefinitionDto>> GetListAsync();

    /// <summary>One metric, built in or the gym's.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing, deleted or another gym's.</exception>
    Task<BodyMetricDefinitionDto> GetAsync(Guid id);

    /// <summary>Defines a metric of the gym.</summary>
    /// <exception cref="Framework.Exceptions.BusinessException">
    /// <c>Programs:InvalidBodyMetricDefinition</c>, <c>Programs:DuplicateBodyMetricName</c>, <c>Programs:TooManyBodyMetrics</c>.
    /// </exception>
    Task<BodyMetricDefinitionDto> CreateAsync(CreateBodyMetricDefinitionDto input);

    /// <summary>Changes a metric of the gym (existing entries keep their values).</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing or another gym's.</exception>
    /// <exception cref="Framework.Exceptions.BusinessException">
    /// <c>Programs:BuiltInBodyMetricReadOnly</c>, <c>Programs:InvalidBodyMetricDefinition</c>, <c>Programs:DuplicateBodyMetricName</c>.
    /// </exception>
    Task<BodyMetricDefinitionDto> UpdateAsync(Guid id, UpdateBodyMetricDefinitionDto input);

    /// <summary>Deletes a metric of the gym nobody has entries or goals of.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing or another gym's.</exception>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Programs:BuiltInBodyMetricReadOnly</c>, <c>Programs:BodyMetricInUse</c>.</exception>
    Task DeleteAsync(Guid id);
}
