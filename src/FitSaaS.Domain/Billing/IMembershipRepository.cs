using FitSaaS.Framework.Domain;

namespace FitSaaS.Billing;

/// <summary>The tenant's memberships (with their freezes).</summary>
public interface IMembershipRepository : IRepository<Membership, Guid>
{
    /// <summary>Whether any membership (of any member, in any status) was sold from the plan.</summary>
    Task<bool> AnyOfPlanAsync(Guid planId, CancellationToken cancellationToken = default);

    /// <summary>Whether the member ever had a membership of the plan (a once-per-member plan).</summary>
    Task<bool> AnyOfMemberAndPlanAsync(Guid memberId, Guid planId, CancellationToken cancellationToken = default);

    /// <summary>The memberships with these ids (freezes included).</summary>
    Task<List<Membership>> GetListByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default);

    /// <summary>
    /// The member's live memberships (active, past due, in debt, frozen) with their freezes, each with its entitlements valid
    /// on <paramref name="sessionDate"/> (a session's local date) and their balances — not tracked (read-only), in one query:
    /// all the booking guard decides on.
    /// </summary>
    Task<List<LiveMembership>> GetLiveOfMemberAsync(Guid memberId, DateOnly sessionDate, CancellationToken cancellationToken = default);

    /// <summary>A page of memberships, newest first.</summary>
    Task<(List<Membership> Items, long TotalCount)> GetPagedListAsync(
        Guid? memberId, Guid? planId, MembershipStatus? status, int skipCount, int maxResultCount, CancellationToken cancellationToken = default);

    /// <summary>
    /// The ids (16 bytes each: the job reads them all, then the memberships in batches) of the live memberships the
    /// lifecycle job may have to move on <paramref name="today"/> (local dates; a day of slack for other zones) at
    /// <paramref name="now"/>: a period over, a cancellation due, a freeze, past due or in debt, an invoice overdue, or a
    /// pack, drop-in or course (to end when spent or expired).
    /// </summary>
    Task<List<Guid>> GetIdsToProcessAsync(DateOnly today, DateTime now, CancellationToken cancellationToken = default);

    /// <summary>
    /// The ids of the live recurring memberships whose current period ends after <paramref name="after"/> and on or before
    /// <paramref name="until"/> (local dates; the caller leaves a day of slack on each side for other zones) and whose member
    /// was not reminded of that period end yet: the renewal reminders' candidates, ordered by id.
    /// </summary>
    Task<List<Guid>> GetIdsToRemindOfRenewalAsync(DateOnly after, DateOnly until, CancellationToken cancellationToken = default);
}
