using FitSaaS.Framework.Application;

namespace FitSaaS.Programs;

/// <summary>
/// A member's results, newest performed first: <c>?memberId=&amp;performedFrom=&amp;performedBefore=&amp;skipCount=&amp;maxResultCount=</c>.
/// Without <see cref="MemberId"/>, one's own; another member's need <c>Results.LogForMembers</c> or <c>Results.ManageAll</c>.
/// </summary>
public sealed class GetWorkoutResultListInput : PagedResultRequestDto
{
    /// <summary>The member; null for oneself.</summary>
    public Guid? MemberId { get; init; }

    /// <summary>Only performed at or after this UTC instant.</summary>
    public DateTime? PerformedFrom { get; init; }

    /// <summary>Only performed before this UTC instant (the next page of older results: the last item's performed-at).</summary>
    public DateTime? PerformedBefore { get; init; }
}
