using FitSaaS.Bookings;
using FitSaaS.Testing;
using static FitSaaS.Application.Tests.Bookings.MemberDataExportReader;

namespace FitSaaS.Application.Tests.Bookings;

/// <summary>The <c>bookings</c> dataset of the member data export: every booking with its session's names, one member's, in order, inside the tenant.</summary>
public sealed class BookingsExportSourceTests(FitSaaSApplicationFixture fixture) : IClassFixture<FitSaaSApplicationFixture>
{
    private readonly BookingsScenario _scenario = new(fixture);
    private readonly MemberDataExportReader _export = new(fixture);

    [Fact]
    public async Task ReadAsync_ConfirmedWaitlistedCheckedInAndCancelled_ExactCellsInSessionOrder_FilteredByMember_OtherTenantsNever()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 1, startsAtUtc: DateTime.UtcNow.AddDays(2));
        var (alice, bob) = await TwoMembersAsync(gym.Tenant);
        var confirmed = await _scenario.BookAsync(gym.Tenant, alice, gym.Session.Id);
        var waitlisted = await _scenario.BookAsync(gym.Tenant, bob, gym.Session.Id);
        var attended = await _scenario.CreateSessionAsync(gym, DateTime.UtcNow.AddDays(1));
        var checkedIn = await _scenario.BookAsync(gym.Tenant, alice, attended.Id);
        await _scenario.AsAdminAsync<IClassSessionAppService, ClassSessionDto>(gym.Tenant, s => s.UpdateAsync(attended.Id, new UpdateClassSessionDto
        {
            LocationId = gym.Location.Id, StartsAtUtc = DateTime.UtcNow.AddMinutes(-10), DurationMinutes = 60, Capacity = 5,
        }));
        await _scenario.AsAdminAsync<IBookingAppService, CheckInResultDto>(gym.Tenant, s => s.CheckInAsync(checkedIn.Id, new CheckInBookingDto()));
        var later = await _scenario.CreateSessionAsync(gym, DateTime.UtcNow.AddDays(3));
        var cancelled = await _scenario.BookAsync(gym.Tenant, alice, later.Id);
        await _scenario.CancelAsync(gym.Tenant, alice, cancelled.Id);
        var other = await _scenario.CreateGymAsync(capacity: 5);
        var stranger = (await _scenario.CreateMembersAsync(other.Tenant, 1))[0];
        var strangers = await _scenario.BookAsync(other.Tenant, stranger, other.Session.Id);

        var all = await _export.ReadAsync(gym.Tenant.Id, "bookings");
        var alices = await _export.ReadAsync(gym.Tenant.Id, "bookings", alice);
        var bobs = await _export.ReadAsync(gym.Tenant.Id, "bookings", bob);
        var theirs = await _export.ReadAsync(other.Tenant.Id, "bookings");
        var strangerAsSeenHere = await _export.ReadAsync(gym.Tenant.Id, "bookings", stranger);

        alices.Select(r => r["booking_id"]).ShouldBe([Id(checkedIn.Id), Id(confirmed.Id), Id(cancelled.Id)]);
        bobs.Select(r => r["booking_id"]).ShouldBe([Id(waitlisted.Id)]);
        all.Select(r => r["booking_id"]).ShouldBe([Id(checkedIn.Id), Id(confirmed.Id), Id(waitlisted.Id), Id(cancelled.Id)], ignoreOrder: true);
        all.Select(r => r["session_starts_at"]).ShouldBeInOrder(SortDirection.Ascending, StringComparer.Ordinal);
        theirs.Select(r => (r["member_id"], r["booking_id"])).ShouldBe([(Id(stranger), Id(strangers.Id))]);
        strangerAsSeenHere.ShouldBeEmpty();

        var attendedSession = await _scenario.GetSessionAsync(gym.Tenant, attended.Id);
        var attendedBooking = await GetBookingAsync(gym.Tenant, checkedIn.Id);
        attendedBooking.CheckedInAtUtc.ShouldNotBeNull();
        alices[0].ShouldBe(new Dictionary<string, string?>
        {
            ["member_id"] = Id(alice),
            ["booking_id"] = Id(checkedIn.Id),
            ["session_id"] = Id(attended.Id),
            ["class_type_id"] = Id(gym.ClassType.Id),
            ["class_type_name"] = "WOD",
            ["location_id"] = Id(gym.Location.Id),
            ["location_name"] = "Downtown",
            ["session_starts_at"] = Instant(attendedSession.StartsAtUtc),
            ["duration_minutes"] = "60",
            ["session_cancelled_at"] = null,
            ["status"] = "CheckedIn",
            ["waitlist_position"] = null,
            ["booked_at"] = Instant(attendedBooking.BookedAtUtc),
            ["booked_by_staff"] = "false",
            ["promoted_at"] = null,
            ["checked_in_at"] = Instant(attendedBooking.CheckedInAtUtc.Value),
            ["no_show_at"] = null,
            ["cancelled_at"] = null,
            ["cancelled_by_staff"] = "false",
        });
        alices[0]["session_starts_at"].ShouldEndWith("Z");
        var cancelledBooking = await GetBookingAsync(gym.Tenant, cancelled.Id);
        (alices[2]["status"], alices[2]["cancelled_at"], alices[2]["session_id"]).ShouldBe(("Cancelled", Instant(cancelledBooking.CancelledAtUtc!.Value), Id(later.Id)));
        (bobs[0]["status"], bobs[0]["waitlist_position"], bobs[0]["member_id"]).ShouldBe(("Waitlisted", "1", Id(bob)));
    }

    private async Task<(Guid, Guid)> TwoMembersAsync(TestTenant tenant)
    {
        var members = await _scenario.CreateMembersAsync(tenant, 2);
        return (members[0], members[1]);
    }

    private Task<BookingDto> GetBookingAsync(TestTenant tenant, Guid id) =>
        _scenario.AsAdminAsync<IBookingAppService, BookingDto>(tenant, s => s.GetAsync(id));
}
