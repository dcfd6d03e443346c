using FitSaaS.Framework.Application;

namespace FitSaaS.Programs;

/// <summary>Coaching assignments (<c>/api/programs/workout-assignments</c>): coaches assign workouts or templates to members for dates.</summary>
public interface IWorkoutAssignmentAppService : IApplicationService
{
    /// <summary>Assigns a workout for dates, or a template from a start date; one assignment per date.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">The template is missing or another tenant's.</exception>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Programs:MemberNotFound</c>; <c>Programs:WorkoutNotFound</c>.</exception>
    Task<IReadOnlyList<WorkoutAssignmentDto>> CreateAsync(CreateWorkoutAssignmentsDto input);

    /// <summary>Returns an assignment: the member's own, or any for coaches.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing, another tenant's, or another member's (for members).</exception>
    Task<WorkoutAssignmentDto> GetAsync(Guid id);

    /// <summary>Deletes (soft) an assignment.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing or another tenant's.</exception>
    Task DeleteAsync(Guid id);

    /// <summary>The current user's assignments in a date range, by date.</summary>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Programs:InvalidDateRange</c>.</exception>
    Task<IReadOnlyList<WorkoutAssignmentDto>> GetMyListAsync(GetWorkoutAssignmentRangeInput input);

    /// <summary>The coaching grid for a date range: members × days with completion.</summary>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Programs:InvalidDateRange</c>.</exception>
    Task<CoachingGridDto> GetGridAsync(GetWorkoutAssignmentRangeInput input);
}
