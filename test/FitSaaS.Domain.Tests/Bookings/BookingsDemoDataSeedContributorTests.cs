using FitSaaS.Bookings;
using FitSaaS.Domain.Tests.Bookings.Fakes;
using FitSaaS.Domain.Tests.FeatureManagement;
using FitSaaS.Framework.Data;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Identity;

namespace FitSaaS.Domain.Tests.Bookings;

public sealed class BookingsDemoDataSeedContributorTests
{
    // Monday 3 March 2025, 15:00 UTC (10:00 in New York, 15:00 in London): the six weeks span New York's 9 March and
    // London's 30 March clock changes.
    private static readonly DateTimeOffset s_now = new(2025, 3, 3, 15, 0, 0, TimeSpan.Zero);

    private readonly FakeLocationRepository _locations = new();
    private readonly FakeClassTypeRepository _classTypes = new();
    private readonly FakeClassSessionRepository _sessions = new();
    private readonly FakeClassScheduleRepository _schedules = new();
    private readonly FakeBookingRepository _bookings;
    private readonly List<Guid> _members = [.. Enumerable.Range(1, 20).Select(i => new Guid($"00000000-0000-0000-0000-{i:000000000000}"))];

    public BookingsDemoDataSeedContributorTests()
    {
        _bookings = new FakeBookingRepository(_sessions);
    }

    [Fact]
    public async Task SeedAsync_DemoTenant_CreatesTwoLocationsInTwoZones_ClassTypes_SchedulesAndTheirSessions()
    {
        await CreateContributor().SeedAsync(DemoContext());

        _locations.Items.Select(l => (l.Name, l.TimeZoneId)).ShouldBe([("Downtown", "America/New_York"), ("Shoreditch", "Europe/London")], ignoreOrder: true);
        _classTypes.Items.Select(c => c.Name).ShouldBe(["WOD", "Yoga Flow", "Open Gym"], ignoreOrder: true);
        _schedules.Items.Count.ShouldBe(BookingsDemoDataSeedContributor.Timetable.Length);
        // Ahead: 3 March (after its 06:00 WOD in New York and its 07:00 WOD in London) to 14 April included: 43 days.
        var downtown = _locations.Items.Single(l => l.Name == "Downtown");
        var shoreditch = _locations.Items.Single(l => l.Name == "Shoreditch");
        var now = s_now.UtcDateTime;
        _sessions.Items.Count(s => s.LocationId == downtown.Id && s.StartsAtUtc > now).ShouldBe(30 + 31 + 12 + 6);
        _sessions.Items.Count(s => s.LocationId == shoreditch.Id && s.StartsAtUtc > now).ShouldBe(18 + 12 + 6);
        // The history: 3 February to 2 March (4 weeks of 13 and 6 classes) and the WODs of this morning.
        _sessions.Items.Count(s => s.LocationId == downtown.Id && s.StartsAtUtc <= now).ShouldBe((4 * 13) + 1);
        _sessions.Items.Count(s => s.LocationId == shoreditch.Id && s.StartsAtUtc <= now).ShouldBe((4 * 6) + 1);
        _sessions.Items.Min(s => s.StartsAtUtc).ShouldBe(new DateTime(2025, 2, 3, 7, 0, 0, DateTimeKind.Utc));
        _sessions.Items.ShouldAllBe(s => s.ClassScheduleId != null && s.Capacity == _classTypes.Items.Single(c => c.Id == s.ClassTypeId).DefaultCapacity);
    }

    [Fact]
    public async Task SeedAsync_AcrossBothClockChanges_KeepsEachLocationsWallClock()
    {
        await CreateContributor().SeedAsync(DemoContext());

        foreach (var schedule in _schedules.Items)
        {
            var location = _locations.Items.Single(l => l.Id == schedule.LocationId);
            var sessions = _sessions.Items.Where(s => s.ClassScheduleId == schedule.Id).ToList();
            sessions.ShouldNotBeEmpty();
            sessions.ShouldAllBe(s => location.ToLocal(s.StartsAtUtc).TimeOfDay == schedule.LocalStartTime.ToTimeSpan());
        }

        var wod = _classTypes.Items.Single(c => c.Name == "WOD");
        _sessions.Items.ShouldContain(s => s.ClassTypeId == wod.Id && s.StartsAtUtc == new DateTime(2025, 3, 7, 11, 0, 0, DateTimeKind.Utc));
        _sessions.Items.ShouldContain(s => s.ClassTypeId == wod.Id && s.StartsAtUtc == new DateTime(2025, 3, 10, 10, 0, 0, DateTimeKind.Utc));
        _sessions.Items.ShouldContain(s => s.ClassTypeId == wod.Id && s.StartsAtUtc == new DateTime(2025, 3, 28, 7, 0, 0, DateTimeKind.Utc));
        _sessions.Items.ShouldContain(s => s.ClassTypeId == wod.Id && s.StartsAtUtc == new DateTime(2025, 3, 31, 6, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public async Task SeedAsync_DemoTenant_BooksThePastSessions_MostlyCheckedIn_SomeNoShowsAndCancellations()
    {
        await CreateContributor().SeedAsync(DemoContext());

        var now = s_now.UtcDateTime;
        var past = _sessions.Items.Where(s => s.StartsAtUtc <= now).Select(s => s.Id).ToHashSet();
        var history = _bookings.Items.Where(b => past.Contains(b.ClassSessionId)).ToList();
        var byStatus = history.GroupBy(b => b.Status).ToDictionary(g => g.Key, g => g.Count());
        var attended = byStatus[BookingStatus.CheckedIn];
        var noShows = byStatus[BookingStatus.NoShow];
        byStatus.GetValueOrDefault(BookingStatus.Cancelled).ShouldBeGreaterThan(0);
        byStatus.GetValueOrDefault(BookingStatus.LateCancelled).ShouldBeGreaterThan(0);
        byStatus.GetValueOrDefault(BookingStatus.Pending).ShouldBe(0);
        history.Count.ShouldBeGreaterThan(800);
        attended.ShouldBeGreaterThan(history.Count * 3 / 4);
        ((double)noShows / (attended + noShows)).ShouldBeInRange(0.04, 0.12);
        history.Count(b => b.PromotedAtUtc is not null).ShouldBeGreaterThan(0);
        history.ShouldAllBe(b => _members.Contains(b.MemberId) && b.BookedAtUtc < now && b.GetLocalEvents().Count == 0);
        history.Where(b => b.Status == BookingStatus.CheckedIn).ShouldAllBe(b => b.CheckedInAtUtc <= now);
        history.Where(b => b.Status == BookingStatus.NoShow).ShouldAllBe(b => b.NoShowAtUtc <= now);
    }

    [Fact]
    public async Task SeedAsync_DemoTenant_FillsEarlyMorningsAndEveningsMoreThanMiddays()
    {
        await CreateContributor().SeedAsync(DemoContext());

        var now = s_now.UtcDateTime;
        var fill = _sessions.Items.Where(s => s.StartsAtUtc <= now).GroupBy(s => _schedules.Items.Single(c => c.Id == s.ClassScheduleId).LocalStartTime.Hour)
            .ToDictionary(g => g.Key, g => g.Average(s => _bookings.Items.Count(b => b.ClassSessionId == s.Id && b.IsActive) / (double)s.Capacity));
        fill.Keys.Order().ShouldBe([6, 7, 9, 10, 12, 18, 19]);
        new[] { fill[6], fill[7], fill[18], fill[19] }.Min().ShouldBeGreaterThan(new[] { fill[9], fill[10], fill[12] }.Max());
    }

    [Fact]
    public async Task SeedAsync_DemoTenant_BooksTheNextWeek_AndFillsTheNextEveningWodWithAWaitlist()
    {
        await CreateContributor().SeedAsync(DemoContext());

        var now = s_now.UtcDateTime;
        var ahead = _sessions.Items.Where(s => s.StartsAtUtc > now).Select(s => s.Id).ToHashSet();
        var upcoming = _bookings.Items.Where(b => ahead.Contains(b.ClassSessionId)).ToList();
        upcoming.Count.ShouldBeGreaterThan(100);
        upcoming.ShouldAllBe(b => (b.Status == BookingStatus.Confirmed || b.Status == BookingStatus.Waitlisted) && b.BookedAtUtc < now);
        upcoming.Select(b => _sessions.Items.Single(s => s.Id == b.ClassSessionId).StartsAtUtc).Max()
            .ShouldBeLessThanOrEqualTo(now.AddDays(BookingsDemoDataSeedContributor.UpcomingBookingDays));
        var full = _sessions.Items.Single(s => s.WaitlistCount > 0 && s.StartsAtUtc > now);
        full.StartsAtUtc.ShouldBe(new DateTime(2025, 3, 3, 23, 30, 0, DateTimeKind.Utc));
        full.ConfirmedCount.ShouldBe(full.Capacity);
        full.WaitlistCount.ShouldBe(3);
    }

    [Fact]
    public async Task SeedAsync_DemoTenant_KeepsEverySessionsCountsEqualToItsBookings_WithinCapacity()
    {
        await CreateContributor().SeedAsync(DemoContext());

        _bookings.Items.Select(b => b.ClassSessionId).Distinct().Count().ShouldBeGreaterThan(90);
        foreach (var session in _sessions.Items)
        {
            var ofSession = _bookings.Items.Where(b => b.ClassSessionId == session.Id).ToList();
            session.ConfirmedCount.ShouldBe(ofSession.Count(b => BookingLifecycle.HoldsSeat(b.Status)));
            session.ConfirmedCount.ShouldBeLessThanOrEqualTo(session.Capacity);
            session.WaitlistCount.ShouldBe(ofSession.Count(b => b.Status == BookingStatus.Waitlisted));
            ofSession.Where(b => b.Status == BookingStatus.Waitlisted).Select(b => b.WaitlistPosition!.Value).Order()
                .ShouldBe(Enumerable.Range(1, session.WaitlistCount));
            ofSession.Where(b => b.IsActive).Select(b => b.MemberId).ShouldBeUnique();
        }
    }

    [Fact]
    public async Task SeedAsync_SameClock_MakesTheSameBookings()
    {
        await CreateContributor().SeedAsync(DemoContext());
        var first = Snapshot(_sessions, _bookings);
        var other = new BookingsDemoDataSeedContributorTests();

        await other.CreateContributor().SeedAsync(other.DemoContext());

        Snapshot(other._sessions, other._bookings).ShouldBe(first);
    }

    [Fact]
    public async Task SeedAsync_WithoutDemoMembers_CreatesTheSessionsWithoutBookings()
    {
        await CreateContributor().SeedAsync(new DataSeedContext(Guid.NewGuid()) { IncludeDemoData = true });

        _sessions.Items.Count(s => s.StartsAtUtc <= s_now.UtcDateTime).ShouldBe(53 + 25);
        _bookings.Items.ShouldBeEmpty();
        _sessions.Items.ShouldAllBe(s => s.ConfirmedCount == 0 && s.WaitlistCount == 0);
    }

    [Fact]
    public async Task SeedAsync_Twice_AddsNothingTheSecondTime()
    {
        var context = DemoContext();
        await CreateContributor().SeedAsync(context);
        var sessions = _sessions.Items.Count;
        var bookings = Snapshot(_sessions, _bookings);

        await CreateContributor().SeedAsync(context);

        _locations.Items.Count.ShouldBe(2);
        _classTypes.Items.Count.ShouldBe(3);
        _schedules.Items.Count.ShouldBe(BookingsDemoDataSeedContributor.Timetable.Length);
        _sessions.Items.Count.ShouldBe(sessions);
        Snapshot(_sessions, _bookings).ShouldBe(bookings);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public async Task SeedAsync_WithoutDemoDataOrForTheHost_DoesNothing(bool includeDemoData, bool forTenant)
    {
        await CreateContributor().SeedAsync(new DataSeedContext(forTenant ? Guid.NewGuid() : null) { IncludeDemoData = includeDemoData });

        _locations.Items.ShouldBeEmpty();
        _classTypes.Items.ShouldBeEmpty();
        _schedules.Items.ShouldBeEmpty();
        _sessions.Items.ShouldBeEmpty();
        _bookings.Items.ShouldBeEmpty();
    }

    // Each booking as (session start, member, status, waitlist position, promoted), in a stable order.
    private static List<string> Snapshot(FakeClassSessionRepository sessions, FakeBookingRepository bookings) =>
        [.. bookings.Items
            .Select(b => $"{sessions.Items.Single(s => s.Id == b.ClassSessionId).StartsAtUtc:O} {b.MemberId} {b.Status} {b.WaitlistPosition} {b.PromotedAtUtc:O}")
            .Order(StringComparer.Ordinal)];

    // A demo seed of a tenant after Identity's, which left the demo members' ids.
    private DataSeedContext DemoContext()
    {
        var context = new DataSeedContext(Guid.NewGuid()) { IncludeDemoData = true };
        context.Properties[IdentityConsts.DemoMemberIdsSeedProperty] = _members;
        return context;
    }

    private BookingsDemoDataSeedContributor CreateContributor()
    {
        var guids = new SequentialGuidGenerator(TimeProvider.System);
        var currentTenant = new CurrentTenant(new CurrentTenantAccessor());
        var manager = new ClassScheduleManager(
            _schedules, _sessions, _classTypes, _locations, new ClassSessionRescheduledPublisher(_bookings, new FakeDistributedEventBus()), guids, currentTenant);
        return new BookingsDemoDataSeedContributor(
            _locations, _classTypes, _schedules, _sessions, _bookings, manager, new NoUnitOfWorkManager(), guids, new FixedTimeProvider(s_now));
    }
}
