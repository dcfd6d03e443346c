using FitSaaS.Framework.Application;

namespace FitSaaS.Programs;

/// <summary>
/// Results (<c>/api/programs/results</c>): a member logs, reads, changes and deletes their own; staff log for a member
/// (<c>Results.LogForMembers</c>) and change or delete anyone's (<c>Results.ManageAll</c>). Every change recomputes the
/// personal records of the result's key (DOMAIN.md §2.18).
/// </summary>
[HttpApiRoute("api/programs/results")]
public interface IWorkoutResultAppService : IApplicationService
{
    /// <summary>Logs a result for a workout or a lift.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">The workout, version, assignment or exercise does not exist in the tenant.</exception>
    /// <exception cref="Framework.Exceptions.BusinessException">
    /// <c>Programs:InvalidScore</c>, <c>Programs:NegativeScore</c>, <c>Programs:ScoreAboveTimeCap</c>,
    /// <c>Programs:InvalidCappedScore</c>, <c>Programs:ScaledNotAvailable</c>, <c>Programs:PerformedAtInFuture</c>,
    /// <c>Programs:InvalidResultTarget</c>, <c>Programs:MemberNotFound</c> (staff logging for an unknown member),
    /// <c>Programs:WorkoutNotPublished</c> (a published workout members cannot see yet), <c>Programs:AssignmentNotForMember</c>
    /// (another member's assignment).
    /// </exception>
    Task<WorkoutResultDto> CreateAsync(CreateWorkoutResultDto input);

    /// <summary>Changes a result's division, score, performed-at and notes.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing, or not visible to the caller.</exception>
    /// <exception cref="Framework.Exceptions.BusinessException">As <see cref="CreateAsync"/>.</exception>
    Task<WorkoutResultDto> UpdateAsync(Guid id, UpdateWorkoutResultDto input);

    /// <summary>Deletes a result; its key's personal records are recomputed.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing, or not visible to the caller.</exception>
    Task DeleteAsync(Guid id);

    /// <summary>Returns a result (one's own, or any member's for staff).</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing, or not visible to the caller.</exception>
    Task<WorkoutResultDto> GetAsync(Guid id);

    /// <summary>One page of a member's results, newest performed first.</summary>
    Task<PagedResultDto<WorkoutResultDto>> GetListAsync(GetWorkoutResultListInput input);
}
