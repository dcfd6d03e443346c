using FitSaaS.Bookings;

namespace FitSaaS.Domain.Tests.Bookings.Fakes;

public sealed class FakeBookingRepository : FakeRepository<Booking>, IBookingRepository
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
            .OrderBy(b => b.Status == BookingStatus.Confirmed ? 0 : 1)
            .ThenBy(b => b.WaitlistPosition)
            .ThenBy(b => b.BookedAtUtc)
            .ToList());

    public Task InsertAndSaveAsync(Booking booking, CancellationToken cancellationToken = default)
    {
        Items.Add(booking);
        return Task.CompletedTask;
    }

    public Task<(List<Booking> Items, long TotalCount)> GetPagedListAsync(
        Guid? memberId, Guid? classSessionId, BookingStatus? status, string? sortField, bool descending, int skipCount, int maxResultCount,
        CancellationToken cancellationToken = default)
    {
        var all = Items
            .Where(b => memberId is null || b.MemberId == memberId)
            .Where(b => classSessionId is null || b.ClassSessionId == classSessionId)
            .Where(b => status is null || b.Status == status)
            .OrderByDescending(b => b.BookedAtUtc)
            .ToList();
        return Task.FromResult((all.Skip(skipCount).Take(maxResultCount).ToList(), (long)all.Count));
    }

    public Task<List<Booking>> GetActiveForUpdateAsync(Guid classSessionId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Items.Where(b => b.ClassSessionId == classSessionId && b.Status != BookingStatus.Cancelled).OrderBy(b => b.BookedAtUtc).ThenBy(b => b.Id).ToList());
}
