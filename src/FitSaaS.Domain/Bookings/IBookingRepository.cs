using FitSaaS.Framework.Domain;

namespace FitSaaS.Bookings;

/// <summary>Repository of bookings (current tenant's only).</summary>
public interface IBookingRepository : IRepository<Booking, Guid>
{
    /// <summary>The member's confirmed or waitlisted booking of the session, if any.</summary>
    Task<Booking?> FindActiveAsync(Guid classSessionId, Guid memberId, CancellationToken cancellationToken = default);

    /// <summary>The session's waitlisted bookings, first in line first (position, then booking time).</summary>
    Task<List<Booking>> GetWaitlistAsync(Guid classSessionId, CancellationToken cancellationToken = default);

    /// <summary>The session's confirmed and waitlisted bookings: confirmed first (by booking time), then the waitlist in order.</summary>
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
    /// <param name="sortField">A whitelisted field (<c>bookedAtUtc</c>, <c>status</c>); null = newest first.</param>
    /// <param name="descending">Sort descending.</param>
    /// <param name="skipCount">Items to skip.</param>
    /// <param name="maxResultCount">Page size.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    Task<(List<Booking> Items, long TotalCount)> GetPagedListAsync(
        Guid? memberId, Guid? classSessionId, BookingStatus? status, string? sortField, bool descending, int skipCount, int maxResultCount,
        CancellationToken cancellationToken = default);

    /// <summary>The session's confirmed and waitlisted bookings, tracked (for a change of all of them).</summary>
    Task<List<Booking>> GetActiveForUpdateAsync(Guid classSessionId, CancellationToken cancellationToken = default);
}
