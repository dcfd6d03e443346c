using FitSaaS.Framework.Application;

namespace FitSaaS.Programs;

/// <summary>A member's goals: <c>?memberId=&amp;status=&amp;skipCount=&amp;maxResultCount=</c>; newest first.</summary>
public sealed class GetGoalListInput : PagedResultRequestDto
{
    /// <summary>This member's (needs <c>Goals.ManageForMembers</c> unless it is oneself); default oneself.</summary>
    public Guid? MemberId { get; init; }

    /// <summary>Only in this status (as computed now).</summary>
    public GoalStatus? Status { get; init; }
}
