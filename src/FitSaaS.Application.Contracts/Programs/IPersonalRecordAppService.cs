namespace FitSaaS.Programs;

/// <summary>
/// Personal records (<c>/api/programs/personal-records</c>): a member's current record per key (workout or exercise and
/// rep max, division) and the history of one key. One's own with <c>Results</c>; another member's with
/// <c>Results.LogForMembers</c> or <c>Results.ManageAll</c>.
/// </summary>
[Framework.Application.HttpApiRoute("api/programs/personal-records")]
public interface IPersonalRecordAppService : Framework.Application.IApplicationService
{
    /// <summary>The member's current personal records, one result per key, by title.</summary>
    Task<IReadOnlyList<WorkoutResultDto>> GetListAsync(GetPersonalRecordListInput input);

    /// <summary>The results of one key that were personal records when performed, oldest first (the last is the current one).</summary>
    Task<IReadOnlyList<WorkoutResultDto>> GetHistoryAsync(GetPersonalRecordHistoryInput input);
}
