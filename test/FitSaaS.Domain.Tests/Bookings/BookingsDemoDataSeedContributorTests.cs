using FitSaaS.Bookings;
using FitSaaS.Domain.Tests.Bookings.Fakes;
using FitSaaS.Framework.Data;
using FitSaaS.Framework.Guids;

namespace FitSaaS.Domain.Tests.Bookings;

public sealed class BookingsDemoDataSeedContributorTests
{
    // Monday 3 March 2025, 15:00 UTC (10:00 in New York): the two weeks span the 9 March DST change.
    private static readonly DateTimeOffset s_now = new(2025, 3, 3, 15, 0, 0, TimeSpan.Zero);

    private readonly FakeLocationRepository _locations = new();
    private readonly FakeClassTypeRepository _classTypes = new();
    private readonly FakeClassSessionRepository _sessions = new();

    [Fact]
    public async Task SeedAsync_DemoTenant_CreatesLocationClassTypesAndTwoWeeksOfSessions()
    {
        await CreateContributor().SeedAsync(new DataSeedContext(Guid.NewGuid()) { IncludeDemoData = true });

        _locations.Items.ShouldHaveSingleItem().TimeZoneId.ShouldBe("America/New_York");
        _classTypes.Items.Select(c => c.Name).ShouldBe(["WOD", "Yoga Flow", "Open Gym"], ignoreOrder: true);
        // 10 weekdays × 2 WOD + 4 Tue/Thu Yoga + 2 Saturdays Open Gym.
        _sessions.Items.Count.ShouldBe(26);
        _sessions.Items.ShouldAllBe(s => s.Capacity == _classTypes.Items.Single(c => c.Id == s.ClassTypeId).DefaultCapacity);
    }

    [Fact]
    public async Task SeedAsync_AcrossTheDstChange_KeepsTheLocalWallClock()
    {
        await CreateContributor().SeedAsync(new DataSeedContext(Guid.NewGuid()) { IncludeDemoData = true });

        var location = _locations.Items.Single();
        var wod = _classTypes.Items.Single(c => c.Name == "WOD");
        var morningWods = _sessions.Items.Where(s => s.ClassTypeId == wod.Id && location.ToLocal(s.StartsAtUtc).Hour == 6).ToList();
        morningWods.Count.ShouldBe(10);
        morningWods.ShouldAllBe(s => location.ToLocal(s.StartsAtUtc).TimeOfDay == new TimeSpan(6, 0, 0));
        morningWods.ShouldContain(s => s.StartsAtUtc == new DateTime(2025, 3, 7, 11, 0, 0, DateTimeKind.Utc));
        morningWods.ShouldContain(s => s.StartsAtUtc == new DateTime(2025, 3, 10, 10, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public async Task SeedAsync_Twice_AddsNothingTheSecondTime()
    {
        var context = new DataSeedContext(Guid.NewGuid()) { IncludeDemoData = true };
        await CreateContributor().SeedAsync(context);

        await CreateContributor().SeedAsync(context);

        _locations.Items.Count.ShouldBe(1);
        _classTypes.Items.Count.ShouldBe(3);
        _sessions.Items.Count.ShouldBe(26);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public async Task SeedAsync_WithoutDemoDataOrForTheHost_DoesNothing(bool includeDemoData, bool forTenant)
    {
        await CreateContributor().SeedAsync(new DataSeedContext(forTenant ? Guid.NewGuid() : null) { IncludeDemoData = includeDemoData });

        _locations.Items.ShouldBeEmpty();
        _classTypes.Items.ShouldBeEmpty();
        _sessions.Items.ShouldBeEmpty();
    }

    private BookingsDemoDataSeedContributor CreateContributor() => new(
        _locations, _classTypes, _sessions, new SequentialGuidGenerator(TimeProvider.System), new FixedTimeProvider(s_now));
}
