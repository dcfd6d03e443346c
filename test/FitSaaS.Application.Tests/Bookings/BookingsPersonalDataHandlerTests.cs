using FitSaaS.Application.Tests.Forms;
using FitSaaS.Bookings;
using FitSaaS.EntityFrameworkCore.Bookings;
using FitSaaS.Framework.PersonalData;
using FitSaaS.Testing;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.Application.Tests.Bookings;

/// <summary>The Bookings module's part in data subject requests: export of bookings, waitlist and attendance; erasure.</summary>
public sealed class BookingsPersonalDataHandlerTests(FitSaaSApplicationFixture fixture) : IClassFixture<FitSaaSApplicationFixture>
{
    private readonly PersonalDataScenario _scenario = new(fixture);

    [Fact]
    public async Task ExportAndErase_ADemoMember_ExportsEveryBooking_ErasureCancelsTheUpcomingAndDeletesAll_SecondIsANoOp()
    {
        var (tenant, members) = await _scenario.SeedDemoTenantAsync();
        var now = DateTime.UtcNow;
        var all = await _scenario.QueryAsync(tenant.Id, db => db.Set<Booking>().AsNoTracking().ToListAsync());
        var memberId = members
            .Where(m => all.Any(b => b.MemberId == m && b.CheckedInAtUtc != null) && all.Any(b => b.MemberId == m && b.IsActive && b.SessionStartsAtUtc > now))
            .OrderByDescending(m => all.Count(b => b.MemberId == m))
            .First();
        var own = all.Where(b => b.MemberId == memberId).ToList();
        var upcomingSessions = own.Where(b => b.IsActive && b.SessionStartsAtUtc > now).Select(b => b.ClassSessionId).ToList();

        var export = (await _scenario.ExportAsync<BookingsPersonalDataHandler>(tenant.Id, memberId)).ShouldNotBeNull();
        var exportedIds = export.GetProperty("bookings").EnumerateArray().Concat(export.GetProperty("waitlist").EnumerateArray())
            .Select(b => b.GetProperty("id").GetGuid()).ToList();
        exportedIds.ShouldBe(own.Select(b => b.Id), ignoreOrder: true);
        export.GetProperty("attendance").GetArrayLength().ShouldBe(own.Count(b => b.CheckedInAtUtc != null || b.NoShowAtUtc != null));
        export.GetProperty("bookings").EnumerateArray().First().GetProperty("classType").GetString().ShouldNotBeNullOrEmpty();

        var erased = await _scenario.EraseAsync<BookingsPersonalDataHandler>(tenant.Id, memberId);

        erased.Deleted.ShouldBeGreaterThanOrEqualTo(own.Count);
        erased.Retained.ShouldBe(0);
        var after = await _scenario.QueryAsync(tenant.Id, db => db.Set<Booking>().AsNoTracking().ToListAsync());
        after.ShouldNotContain(b => b.MemberId == memberId);
        after.Count.ShouldBe(all.Count - own.Count);
        (await _scenario.QueryAsync(tenant.Id, db => db.Set<MemberBookingSummary>().CountAsync(s => s.MemberUserId == memberId))).ShouldBe(0);

        // The seats the member held are free again (or taken by the waitlist): every session's counters match its bookings.
        var sessions = await _scenario.QueryAsync(tenant.Id, db => db.Set<ClassSession>().AsNoTracking().Where(s => upcomingSessions.Contains(s.Id)).ToListAsync());
        foreach (var session in sessions)
        {
            session.ConfirmedCount.ShouldBe(after.Count(b => b.ClassSessionId == session.Id && b.HoldsSeat));
            session.WaitlistCount.ShouldBe(after.Count(b => b.ClassSessionId == session.Id && b.Status == BookingStatus.Waitlisted));
        }

        (await _scenario.EraseAsync<BookingsPersonalDataHandler>(tenant.Id, memberId)).ShouldBe(PersonalDataErasureResult.Nothing);
        (await _scenario.ExportAsync<BookingsPersonalDataHandler>(tenant.Id, memberId)).ShouldBeNull();
    }
}
