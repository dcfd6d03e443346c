using FitSaaS.Bookings;

namespace FitSaaS.Domain.Tests.Bookings.Fakes;

public sealed class FakeBookingRepository(FakeClassSessionRepository sessions) : FakeRepository<Booking>, IBookingRepository
{
    public Task<Booking?> FindActiveAsync(Guid classSessionId, Guid memberId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Items.FirstOrDefault(b => b.ClassSessionId == classSessionId && b.MemberId == memberId && b.IsActive));

    public Task<List<Booking>> GetWaitlistAsync(Guid classSessionId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Items
            .Where(b => b.ClassSessionId == classSessionId && b.Status == BookingStatus.Waitlisted)
            .OrderBy(b => b.WaitlistPosition)
            .ThenBy(b => b.BookedAtUtc)
            .ToList());

    public Task<List<Booking>> GetActiveListAsync(Guid classSessionId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Items
            .Where(b => b.ClassSessionId == classSessionId && b.IsActive)
            .OrderBy(b => b.Status == BookingStatus.Waitlisted ? 1 : 0)
            .ThenBy(b => b.WaitlistPosition)
            .ThenBy(b => b.BookedAtUtc)
            .ToList());

    public Task InsertAndSaveAsync(Booking booking, CancellationToken cancellationToken = default)
    {
        Items.Add(booking);
        return Task.CompletedTask;
    }

    public Task<(List<Booking> Items, long TotalCount)> GetPagedListAsync(
        Guid? memberId, Guid? classSessionId, BookingStatus? status, DateTime? sessionStartsFromUtc, DateTime? sessionStartsBeforeUtc,
        string? sortField, bool descending, int skipCount, int maxResultCount,
        CancellationToken cancellationToken = default)
    {
        var all = Items
            .Where(b => memberId is null || b.MemberId == memberId)
            .Where(b => classSessionId is null || b.ClassSessionId == classSessionId)
            .Where(b => status is null || b.Status == status)
            .Where(b => sessionStartsFromUtc is null || StartOf(b) >= sessionStartsFromUtc)
            .Where(b => sessionStartsBeforeUtc is null || StartOf(b) < sessionStartsBeforeUtc)
            .OrderByDescending(b => b.BookedAtUtc)
            .ToList();
        return Task.FromResult((all.Skip(skipCount).Take(maxResultCount).ToList(), (long)all.Count));
    }

    public Task<List<Booking>> GetActiveForUpdateAsync(Guid classSessionId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Items
            .Where(b => b.ClassSessionId == classSessionId && b.Status is BookingStatus.Pending or BookingStatus.Confirmed or BookingStatus.Waitlisted)
            .OrderBy(b => b.BookedAtUtc).ThenBy(b => b.Id).ToList());

    public Task<List<Booking>> GetInStatusForUpdateAsync(Guid classSessionId, BookingStatus status, CancellationToken cancellationToken = default) =>
        Task.FromResult(Items.Where(b => b.ClassSessionId == classSessionId && b.Status == status).OrderBy(b => b.BookedAtUtc).ThenBy(b => b.Id).ToList());

    public int TallyCount { get; private set; }

    // The sessions' own starts: the domain tests run without the unit of work that moves Booking.SessionStartsAtUtc.
    public Task<MemberBookingTally> GetTallyAsync(Guid memberId, MemberBookingTallyQuery query, CancellationToken cancellationToken = default)
    {
        TallyCount++;
        var mine = Items.Where(b => b.MemberId == memberId).Select(b => (Booking: b, Start: StartOf(b))).Where(x => x.Start >= query.EarliestUtc).ToList();
        var seats = mine.Where(x => x.Booking.HoldsSeat).Select(x => x.Start).ToList();
        return Task.FromResult(new MemberBookingTally(
            mine.Any(x => x.Booking.ClassSessionId == query.ClassSessionId && x.Booking.IsActive),
            seats.Count(s => s >= query.DayFromUtc && s < query.DayToUtc),
            seats.Count(s => s >= query.WeekFromUtc && s < query.WeekToUtc),
            seats.Count(s => s >= query.NowUtc),
            mine.Count(x => x.Booking.Status == BookingStatus.NoShow && x.Start >= query.NoShowsSinceUtc)));
    }

    public Task SetSessionStartAsync(Guid classSessionId, DateTime startsAtUtc, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<List<DateTime>> GetNoShowSessionStartsAsync(Guid memberId, DateTime sinceUtc, CancellationToken cancellationToken = default) =>
        Task.FromResult(Items.Where(b => b.MemberId == memberId && b.Status == BookingStatus.NoShow).Select(StartOf)
            .Where(s => s >= sinceUtc).OrderByDescending(s => s).ToList());

    public Task<List<Guid>> GetSessionIdsWithExpiredHoldsAsync(DateTime nowUtc, CancellationToken cancellationToken = default) =>
        Task.FromResult(Items.Where(b => b.Status == BookingStatus.Pending && b.HoldExpiresAtUtc <= nowUtc).Select(b => b.ClassSessionId).Distinct().ToList());

    public Task<List<Guid>> GetStartedSessionIdsWithConfirmedBookingsAsync(DateTime startedBeforeUtc, CancellationToken cancellationToken = default) =>
        Task.FromResult(Items.Where(b => b.Status == BookingStatus.Confirmed && StartOf(b) <= startedBeforeUtc).Select(b => b.ClassSessionId).Distinct().ToList());

    public Task<List<Guid>> GetSessionIdsWithRemindersDueAsync(DateTime nowUtc, DateTime startsUntilUtc, int maxCount, CancellationToken cancellationToken = default) =>
        Task.FromResult(Items
            .Where(b => b.Status == BookingStatus.Confirmed && b.SessionStartsAtUtc > nowUtc && b.SessionStartsAtUtc <= startsUntilUtc && b.ReminderSentForStartUtc != b.SessionStartsAtUtc)
            .OrderBy(b => b.SessionStartsAtUtc).Select(b => b.ClassSessionId).Distinct().Take(maxCount).ToList());

    private DateTime StartOf(Booking booking) => sessions.Items.Single(s => s.Id == booking.ClassSessionId).StartsAtUtc;
}
