using FitSaaS.Framework.Domain;

namespace FitSaaS.Bookings;

/// <summary>Repository of bookings (current tenant's only).</summary>
public interface IBookingRepository : IRepository<Booking, Guid>
{
    /// <summary>The member's active (not cancelled or late-cancelled) booking of the session, if any.</summary>
    Task<Booking?> FindActiveAsync(Guid classSessionId, Guid memberId, CancellationToken cancellationToken = default);

    /// <summary>The session's waitlisted bookings, first in line first (position, then booking time).</summary>
    Task<List<Booking>> GetWaitlistAsync(Guid classSessionId, CancellationToken cancellationToken = default);

    /// <summary>The session's active bookings: seat holders first (by booking time), then the waitlist in order.</summary>
    Task<List<Booking>> GetActiveListAsync(Guid classSessionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds a new booking and saves at once, so that a duplicate active booking of the same member
    /// and session (caught by a unique index) fails here as <see cref="BookingsErrorCodes.AlreadyBooked"/>
    /// rather than at commit.
    /// </summary>
    Task InsertAndSaveAsync(Booking booking, CancellationToken cancellationToken = default);

    /// <summary>A page of bookings matching the filters (null = any), and the total count.</summary>
    /// <param name="memberId">Only this member's.</param>
    /// <param name="classSessionId">Only of this session.</param>
    /// <param name="status">Only in this status.</param>
    /// <param name="sessionStartsFromUtc">Only of sessions starting at or after this instant (a member's upcoming bookings).</param>
    /// <param name="sessionStartsBeforeUtc">Only of sessions starting before this instant (history).</param>
    /// <param name="sortField">A whitelisted field (<c>bookedAtUtc</c>, <c>status</c>, <c>sessionStartsAtUtc</c>); null = newest first.</param>
    /// <param name="descending">Sort descending.</param>
    /// <param name="skipCount">Items to skip.</param>
    /// <param name="maxResultCount">Page size.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    Task<(List<Booking> Items, long TotalCount)> GetPagedListAsync(
        Guid? memberId, Guid? classSessionId, BookingStatus? status, DateTime? sessionStartsFromUtc, DateTime? sessionStartsBeforeUtc,
        string? sortField, bool descending, int skipCount, int maxResultCount,
        CancellationToken cancellationToken = default);

    /// <summary>The session's pending, confirmed and waitlisted bookings, tracked (for a change of all of them).</summary>
    Task<List<Booking>> GetActiveForUpdateAsync(Guid classSessionId, CancellationToken cancellationToken = default);

    /// <summary>The session's bookings in <paramref name="status"/>, tracked, oldest first.</summary>
    Task<List<Booking>> GetInStatusForUpdateAsync(Guid classSessionId, BookingStatus status, CancellationToken cancellationToken = default);

    /// <summary>
    /// Counts the member's bookings for one booking decision in one query over the member's bookings by session start
    /// (index MemberId, SessionStartsAtUtc; no join): the active booking of the session, the seats of the day, the week and
    /// upcoming, and the recent no-shows.
    /// </summary>
    Task<MemberBookingTally> GetTallyAsync(Guid memberId, MemberBookingTallyQuery query, CancellationToken cancellationToken = default);

    /// <summary>Sets <see cref="Booking.SessionStartsAtUtc"/> of every booking of the session (one statement; tracked bookings are not refreshed).</summary>
    Task SetSessionStartAsync(Guid classSessionId, DateTime startsAtUtc, CancellationToken cancellationToken = default);

    /// <summary>The start instants (UTC) of the sessions the member was a no-show at, starting from <paramref name="sinceUtc"/> on, latest first.</summary>
    Task<List<DateTime>> GetNoShowSessionStartsAsync(Guid memberId, DateTime sinceUtc, CancellationToken cancellationToken = default);

    /// <summary>Sessions with a pending booking whose hold expired at or before <paramref name="nowUtc"/>.</summary>
    Task<List<Guid>> GetSessionIdsWithExpiredHoldsAsync(DateTime nowUtc, CancellationToken cancellationToken = default);

    /// <summary>Sessions that started at or before <paramref name="startedBeforeUtc"/> and still have confirmed bookings (candidates of the no-show sweep).</summary>
    Task<List<Guid>> GetStartedSessionIdsWithConfirmedBookingsAsync(DateTime startedBeforeUtc, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sessions starting after <paramref name="nowUtc"/> and at or before <paramref name="startsUntilUtc"/> with a confirmed
    /// booking whose member was not reminded of the session's current start (candidates of the reminder job; the decision is
    /// taken again under the session's lock), soonest first, at most <paramref name="maxCount"/>.
    /// </summary>
    Task<List<Guid>> GetSessionIdsWithRemindersDueAsync(DateTime nowUtc, DateTime startsUntilUtc, int maxCount, CancellationToken cancellationToken = default);
}
