using FitSaaS.Framework.Application;

namespace FitSaaS.Programs;

/// <summary>
/// Members' goals (<c>/api/programs/goals</c>): reach a body-metric value, or a personal record on a benchmark or a lift, by a date.
/// Members set and manage their own; coaches with <c>Goals.ManageForMembers</c> any member's. Progress is computed on every read
/// from the member's entries and current personal records. Another member's goal is reported as missing.
/// </summary>
public interface IGoalAppService : IApplicationService
{
    /// <summary>Sets a goal.</summary>
    /// <exception cref="Framework.Exceptions.BusinessException">
    /// <c>Programs:UnknownBodyMetric</c>, <c>Programs:UnitNotOfMetricKind</c>, <c>Programs:BodyMetricValueOutOfRange</c>,
    /// <c>Programs:GoalDirectionRequired</c>, <c>Programs:InvalidGoalReference</c>, <c>Programs:InvalidGoalScoringType</c>,
    /// <c>Programs:InvalidGoalTarget</c>, <c>Programs:GoalDueDateInPast</c>, <c>Programs:TooManyGoals</c>, <c>Programs:MemberNotFound</c>.
    /// </exception>
    Task<GoalDto> CreateAsync(CreateGoalDto input);

    /// <summary>One goal with its progress.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing, another gym's or another member's.</exception>
    Task<GoalDto> GetAsync(Guid id);

    /// <summary>A member's goals with their progress, newest first.</summary>
    Task<PagedResultDto<GoalDto>> GetListAsync(GetGoalListInput input);

    /// <summary>Changes a goal's target, due date and title.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing, another gym's or another member's.</exception>
    /// <exception cref="Framework.Exceptions.BusinessException">
    /// <c>Programs:GoalAbandoned</c>, <c>Programs:GoalDueDateInPast</c>, and the target's codes as for <see cref="CreateAsync"/>.
    /// </exception>
    Task<GoalDto> UpdateAsync(Guid id, UpdateGoalDto input);

    /// <summary>Abandons a goal: <c>POST /api/programs/goals/{id}/abandon</c>.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing, another gym's or another member's.</exception>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Programs:GoalAbandoned</c> when it already is.</exception>
    Task<GoalDto> AbandonAsync(Guid id);
}
