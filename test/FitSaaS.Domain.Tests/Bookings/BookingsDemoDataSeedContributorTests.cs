using FitSaaS.Bookings;
using FitSaaS.Domain.Tests.Bookings.Fakes;
using FitSaaS.Framework.Data;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;

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

    [Fact]
    public async Task SeedAsync_DemoTenant_CreatesTwoLocationsInTwoZones_ClassTypes_SchedulesAndTheirSessions()
    {
        await CreateContributor().SeedAsync(new DataSeedContext(Guid.NewGuid()) { IncludeDemoData = true });

        _locations.Items.Select(l => (l.Name, l.TimeZoneId)).ShouldBe([("Downtown", "America/New_York"), ("Shoreditch", "Europe/London")], ignoreOrder: true);
        _classTypes.Items.Select(c => c.Name).ShouldBe(["WOD", "Yoga Flow", "Open Gym"], ignoreOrder: true);
        _schedules.Items.Count.ShouldBe(BookingsDemoDataSeedContributor.Timetable.Length);
        // 3 March (after its 06:00 WOD in New York and its 07:00 WOD in London) to 14 April included: 43 days.
        var downtown = _locations.Items.Single(l => l.Name == "Downtown");
        var shoreditch = _locations.Items.Single(l => l.Name == "Shoreditch");
        _sessions.Items.Count(s => s.LocationId == downtown.Id).ShouldBe(30 + 31 + 12 + 6);
        _sessions.Items.Count(s => s.LocationId == shoreditch.Id).ShouldBe(18 + 12 + 6);
        _sessions.Items.ShouldAllBe(s => s.ClassScheduleId != null && s.Capacity == _classTypes.Items.Single(c => c.Id == s.ClassTypeId).DefaultCapacity);
    }

    [Fact]
    public async Task SeedAsync_AcrossBothClockChanges_KeepsEachLocationsWallClock()
    {
        await CreateContributor().SeedAsync(new DataSeedContext(Guid.NewGuid()) { IncludeDemoData = true });

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
    public async Task SeedAsync_Twice_AddsNothingTheSecondTime()
    {
        var context = new DataSeedContext(Guid.NewGuid()) { IncludeDemoData = true };
        await CreateContributor().SeedAsync(context);
        var sessions = _sessions.Items.Count;

        await CreateContributor().SeedAsync(context);

        _locations.Items.Count.ShouldBe(2);
        _classTypes.Items.Count.ShouldBe(3);
        _schedules.Items.Count.ShouldBe(BookingsDemoDataSeedContributor.Timetable.Length);
        _sessions.Items.Count.ShouldBe(sessions);
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
    }

    private BookingsDemoDataSeedContributor CreateContributor()
    {
        var guids = new SequentialGuidGenerator(TimeProvider.System);
        var currentTenant = new CurrentTenant(new CurrentTenantAccessor());
        var manager = new ClassScheduleManager(_schedules, _sessions, _classTypes, _locations, new FakeBookingRepository(_sessions), new FakeDistributedEventBus(), guids, currentTenant);
        return new BookingsDemoDataSeedContributor(_locations, _classTypes, _schedules, manager, guids, new FixedTimeProvider(s_now));
    }
}
