using FitSaaS.Bookings;
using FitSaaS.EntityFrameworkCore;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.MultiTenancy;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Testing;

/// <summary>
/// Writes bookings in any <see cref="BookingStatus"/> straight through the EF Core context, for read-side tests (reports,
/// coach view, calendar feed) that need statuses the lifecycle may not reach yet on this branch (checked in, no-show, late
/// cancelled), or bookings of sessions in the past. Bypasses <see cref="BookingManager"/>: the session's counters stay as they are.
/// </summary>
public static class BookingStatusSeeder
{
    /// <summary>Adds one booking per status for a new (made-up) member each; returns their ids in order.</summary>
    public static async Task<List<Guid>> AddAsync(IServiceProvider services, Guid tenantId, Guid classSessionId, params BookingStatus[] statuses)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        return await AddForMembersAsync(services, tenantId, classSessionId, [.. statuses.Select(s => (Guid.NewGuid(), s))]);
    }

    /// <summary>Adds one booking per (member, status); returns their ids in order.</summary>
    public static async Task<List<Guid>> AddForMembersAsync(
        IServiceProvider services, Guid tenantId, Guid classSessionId, IReadOnlyList<(Guid MemberId, BookingStatus Status)> bookings)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(bookings);
        using var tenant = services.GetRequiredService<ICurrentTenant>().Change(tenantId);
        await using var scope = services.CreateAsyncScope();
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextAsync();
        var ids = new List<Guid>();
        foreach (var (memberId, status) in bookings)
        {
            var booking = new BookingBuilder().ForTenant(tenantId).ForSession(classSessionId).ForMember(memberId).BuildConfirmed();
            booking.ClearLocalEvents();
            db.Add(booking);
            db.Entry(booking).Property(b => b.Status).CurrentValue = status;
            if (status is BookingStatus.Cancelled or BookingStatus.LateCancelled)
            {
                db.Entry(booking).Property(b => b.CancelledAtUtc).CurrentValue = DateTime.UtcNow;
            }

            ids.Add(booking.Id);
        }

        await db.SaveChangesAsync();
        return ids;
    }
}
