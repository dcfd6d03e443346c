using FitSaaS.Framework.Application;

namespace FitSaaS.Programs;

/// <summary>
/// Members' body-metric entries (<c>/api/programs/body-metrics/entries</c>): members log, read, change and delete their own;
/// coaches with <c>BodyMetrics.ManageForMembers</c> those of any member. Another member's entry is reported as missing.
/// </summary>
[HttpApiRoute("api/programs/body-metrics/entries")]
public interface IBodyMetricEntryAppService : IApplicationService
{
    /// <summary>Logs a measurement.</summary>
    /// <exception cref="Framework.Exceptions.BusinessException">
    /// <c>Programs:UnknownBodyMetric</c>, <c>Programs:UnitNotOfMetricKind</c>, <c>Programs:BodyMetricValueOutOfRange</c>,
    /// <c>Programs:MeasuredInFuture</c>, <c>Programs:MemberNotFound</c>.
    /// </exception>
    Task<BodyMetricEntryDto> CreateAsync(CreateBodyMetricEntryDto input);

    /// <summary>One entry: one's own, or any with <c>BodyMetrics.ManageForMembers</c>.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing, another gym's or another member's.</exception>
    Task<BodyMetricEntryDto> GetAsync(Guid id);

    /// <summary>A member's history, paged by measured-at.</summary>
    Task<PagedResultDto<BodyMetricEntryDto>> GetListAsync(GetBodyMetricEntryListInput input);

    /// <summary>
    /// The latest entry of every metric the member measured (<c>GET …/entries/latest?memberId=</c>; default oneself), in the order of
    /// the metric definitions.
    /// </summary>
    [HttpApiRoute("latest")]
    Task<IReadOnlyList<BodyMetricEntryDto>> GetLatestAsync(Guid? memberId = null);

    /// <summary>Changes an entry's value, unit, instant and notes.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing, another gym's or another member's.</exception>
    /// <exception cref="Framework.Exceptions.BusinessException">
    /// <c>Programs:UnitNotOfMetricKind</c>, <c>Programs:BodyMetricValueOutOfRange</c>, <c>Programs:MeasuredInFuture</c>.
    /// </exception>
    Task<BodyMetricEntryDto> UpdateAsync(Guid id, UpdateBodyMetricEntryDto input);

    /// <summary>Deletes an entry (for good).</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing, another gym's or another member's.</exception>
    Task DeleteAsync(Guid id);
}
