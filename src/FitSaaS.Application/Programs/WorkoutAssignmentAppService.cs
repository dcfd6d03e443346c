using FitSaaS.Framework.Application;
using FitSaaS.Framework.Authorization;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Users;
using FitSaaS.Identity;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Programs;

/// <inheritdoc cref="IWorkoutAssignmentAppService"/>
/// <remarks>
/// Completion in the coaching grid comes from <see cref="IWorkoutAssignmentCompletionReader"/> (implemented by results); while no
/// implementation is registered, no assignment counts as completed.
/// </remarks>
[Authorize(ProgramsPermissions.Assignments.Default)]
[RequiresFeature(ProgramsFeatures.Enabled)]
public sealed class WorkoutAssignmentAppService(
    IWorkoutAssignmentRepository assignments,
    IWorkoutRepository workouts,
    IProgramTemplateRepository templates,
    IUserLookupService users,
    IPermissionChecker permissionChecker,
    IGuidGenerator guidGenerator,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser,
    IWorkoutAssignmentCompletionReader completionReader) : ApplicationService, IWorkoutAssignmentAppService
{
    /// <inheritdoc/>
    [Authorize(ProgramsPermissions.Assignments.Manage)]
    public async Task<IReadOnlyList<WorkoutAssignmentDto>> CreateAsync(CreateWorkoutAssignmentsDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var tenantId = currentTenant.Id ?? throw new AuthorizationException("Assignments belong to a tenant.");
        var coachId = CurrentUserId();
        var memberId = input.MemberId!.Value;
        if (await users.FindByIdAsync(memberId) is null)
        {
            throw new BusinessException(ProgramsErrorCodes.MemberNotFound, "The member is not a user of this gym.").WithData("memberId", memberId);
        }

        List<(DateOnly Date, Guid WorkoutId)> plan;
        Guid? templateId = null;
        if (input.ProgramTemplateId is { } id)
        {
            var template = await templates.GetAsync(id);
            templateId = template.Id;
            plan = template.Days.Select(d => (input.StartDate!.Value.AddDays(d.DayOffset), d.WorkoutId)).ToList();
        }
        else
        {
            plan = (input.Dates ?? []).Order().Select(d => (d, input.WorkoutId!.Value)).ToList();
        }

        var visible = (await workouts.GetVisibleListAsync(plan.Select(p => p.WorkoutId).Distinct().ToArray(), tenantId)).ToDictionary(w => w.Id);
        var created = new List<WorkoutAssignment>(plan.Count);
        foreach (var (date, workoutId) in plan)
        {
            if (!visible.TryGetValue(workoutId, out var workout))
            {
                throw new BusinessException(ProgramsErrorCodes.WorkoutNotFound, "The workout is not in the library.").WithData("workoutId", workoutId);
            }

            created.Add(WorkoutAssignment.Create(guidGenerator.Create(), tenantId, memberId, coachId, date, workout, templateId, input.Notes));
        }

        foreach (var assignment in created)
        {
            await assignments.InsertAsync(assignment);
        }

        return created.Select(a => a.ToDto()).ToList();
    }

    /// <inheritdoc/>
    public async Task<WorkoutAssignmentDto> GetAsync(Guid id)
    {
        var assignment = await assignments.GetAsync(id);
        if (assignment.MemberId != currentUser.Id && !await permissionChecker.IsGrantedAsync(ProgramsPermissions.Assignments.Manage))
        {
            throw new EntityNotFoundException(typeof(WorkoutAssignment), id);
        }

        return assignment.ToDto();
    }

    /// <inheritdoc/>
    [Authorize(ProgramsPermissions.Assignments.Manage)]
    public async Task DeleteAsync(Guid id) => await assignments.DeleteAsync(await assignments.GetAsync(id));

    /// <inheritdoc/>
    public async Task<IReadOnlyList<WorkoutAssignmentDto>> GetMyListAsync(GetWorkoutAssignmentRangeInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ProgrammingClock.CheckRange(input.From!.Value, input.To!.Value);
        var mine = await assignments.GetListAsync(input.From.Value, input.To.Value, [CurrentUserId()]);
        return mine.Select(a => a.ToDto()).ToList();
    }

    /// <inheritdoc/>
    [Authorize(ProgramsPermissions.Assignments.Manage)]
    public async Task<CoachingGridDto> GetGridAsync(GetWorkoutAssignmentRangeInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (from, to) = (input.From!.Value, input.To!.Value);
        ProgrammingClock.CheckRange(from, to);
        var rows = await assignments.GetListAsync(from, to, input.MemberId is { } member ? [member] : null);
        var completed = await FindCompletedAsync(rows.Select(a => a.Id).ToArray());
        var names = rows.Count == 0 ? new Dictionary<Guid, string>() : await users.GetUserNamesAsync(rows.Select(a => a.MemberId).Distinct().ToArray());
        return new CoachingGridDto
        {
            From = from,
            To = to,
            Rows = rows.GroupBy(a => a.MemberId)
                .Select(g => new CoachingGridRowDto
                {
                    MemberId = g.Key,
                    MemberName = names.GetValueOrDefault(g.Key),
                    Cells = g.Select(a => new CoachingGridCellDto { Date = a.Date, AssignmentId = a.Id, Title = a.Snapshot.Title, IsCompleted = completed.Contains(a.Id) }).ToList(),
                })
                .OrderBy(r => r.MemberName ?? string.Empty, StringComparer.OrdinalIgnoreCase)
                .ThenBy(r => r.MemberId)
                .ToList(),
        };
    }

    private async Task<IReadOnlySet<Guid>> FindCompletedAsync(Guid[] ids) =>
        ids.Length == 0 ? new HashSet<Guid>() : await completionReader.FindCompletedAsync(ids);

    private Guid CurrentUserId() => currentUser.Id ?? throw new AuthorizationException("Assignments are read and made by a signed-in user.");
}
